package io.bizcenter.testkit.check;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.tenancy.ClientIntent;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveInProcedure;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutProcedure;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitAction;
import io.bizcenter.core.tenancy.RenewalVisitCommand;
import io.bizcenter.core.tenancy.RenewalVisitId;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.testkit.TenancyCommands;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The lease watch and its renewal visit (MO-1.1), driven through {@link TenancyCommands}. A watch opens when its move-in
 * completes (a knock-on of the {@link MoveInDrill}); here it is also asked of any move-in, and refused unless it is
 * complete and not watched. A departure opens the move-out in the same transaction, unless one is under way (a case the
 * {@link MoveOutDrill} sees opened); resuming and ending the watch, the move-out's to decide, are also sent by hand naming
 * one of its move-in's move-outs, and refused unless it was called off (MO-1.1) or the client left (MO-3.3). Beside the
 * steps, clients move in through the desk now and then, so that there are leases to watch.
 */
public final class LeaseWatchDrill extends Drill<RenewalVisitState, RenewalVisitAction, RenewalVisit, RenewalVisitCommand> {
  public LeaseWatchDrill() {
    super(Shapes.CENTER.tenancy().leaseDefinition());
  }

  /** The declaration bound to the center's move-ins and move-outs. */
  @Override
  protected ProcedureDefinition<RenewalVisitState, RenewalVisitAction, RenewalVisit, RenewalVisitCommand> definitionIn(BusinessCenter center) {
    return center.tenancy().leaseDefinition();
  }

  @Override
  protected CaseStore<RenewalVisit> cases(Storage storage) {
    return storage.renewalVisits();
  }

  @Override
  protected Either<Rejection, RenewalVisit> send(BusinessCenter center, RenewalVisitCommand command, Actor actor) {
    return center.tenancy().handle(command, actor);
  }

  @Override
  protected Either<Rejection, List<RenewalVisitAction>> offered(BusinessCenter center, Actor actor, CenterId where, String caseId) {
    return center.tenancy().availableActions(actor, where, RenewalVisitId.of(caseId));
  }

  /** A watch asked by hand: of a move-in of the center (mostly one already watched, or not complete), or of none. */
  @Override
  protected RenewalVisitCommand opening(RandomGenerator random, CenterId center, Storage storage, Instant now) {
    List<MoveIn> all = storage.moveIns().all(center);
    MoveInId moveIn = all.isEmpty() || random.nextInt(8) == 0 ? MoveInId.of("M-404") : all.get(random.nextInt(all.size())).id();
    return TenancyCommands.leaseFor(random, center, null, RenewalVisitAction.WATCH_LEASE, moveIn, null);
  }

  /** What the case calls for; a resumed or ended watch mostly names one of its move-in's move-outs. */
  @Override
  protected RenewalVisitCommand commandFor(RandomGenerator random, RenewalVisit current, RenewalVisitAction action, Storage storage, Instant now) {
    RenewalVisitCommand command = TenancyCommands.leaseFor(random, current.center(), current.id(), action, current.moveIn(), current);
    List<MoveOut> its = storage.moveOuts().ofMoveIn(current.center(), current.moveIn());
    if (its.isEmpty() || random.nextInt(4) == 0) {
      return command;
    }
    MoveOut named = its.get(random.nextInt(its.size()));
    if (command instanceof RenewalVisitCommand.ResumeWatch resume) {
      return new RenewalVisitCommand.ResumeWatch(resume.commandId(), current.center(), current.id(), named.id());
    }
    if (command instanceof RenewalVisitCommand.EndWatch end) {
      return new RenewalVisitCommand.EndWatch(end.commandId(), current.center(), current.id(), named.id());
    }
    return command;
  }

  @Override
  protected RenewalVisitCommand arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds, Instant now) {
    return TenancyCommands.arbitraryLease(random, centers, knownIds.stream().map(RenewalVisitId::of).toList());
  }

  /** Service watches the leases; Operations records a renewed term; the others take no step. */
  @Override
  protected List<Actor> staff(RandomGenerator random, CenterId center) {
    return TenancyWorld.staff(center);
  }

  @Override
  protected Duties<RenewalVisit> dutiesIn(BusinessCenter center) {
    return center.tenancy().leaseDuties();
  }

  /** Now and then a client moves in through the desk, when few are in. */
  @Override
  protected Optional<String> aside(RandomGenerator random, BusinessCenter center, Storage storage, Instant now) {
    return TenancyWorld.someoneMovesIn(random, center, storage, now);
  }

  /** MO-1.1: a watch of a move-in the center does not have is answered as unknown. */
  @Override
  protected Option<Rejection> beyondTheDeclaration(RenewalVisitCommand command, Storage storage, Instant now, Configuration configuration) {
    if (command instanceof RenewalVisitCommand.WatchLease watch && storage.moveIns().find(watch.center(), watch.moveIn().value()).isEmpty()) {
      return Option.of(new Rejection.CaseNotFound(MoveInProcedure.NAME, watch.moveIn().value()));
    }
    return Option.none();
  }

  /** MO-1.1: a departure opens the move-out of its move-in, unless one is under way. */
  @Override
  protected List<KnockOn> knockOn(RenewalVisitCommand command, Storage storage) {
    if (command instanceof RenewalVisitCommand.RecordIntent intent && intent.intent() == ClientIntent.LEAVE && intent.center() != null
        && intent.leaseId() != null) {
      Option<RenewalVisit> lease = storage.renewalVisits().find(intent.center(), intent.leaseId().value());
      if (lease.isDefined() && storage.moveOuts().ofMoveIn(intent.center(), lease.get().moveIn()).stream()
          .allMatch(o -> o.state() == MoveOutState.CALLED_OFF)) {
        return List.of(KnockOn.opening(MoveOutProcedure.NAME, intent.center()));
      }
    }
    return List.of();
  }

  /** The ways back and the end, the move-out's to decide, weigh less when sent by hand. */
  @Override
  protected int weight(RenewalVisitAction action) {
    return switch (action) {
      case RESUME_WATCH, END_WATCH -> 2;
      default -> 10;
    };
  }
}
