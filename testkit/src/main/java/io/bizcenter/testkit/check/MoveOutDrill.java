package io.bizcenter.testkit.check;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveInProcedure;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutAction;
import io.bizcenter.core.tenancy.MoveOutCommand;
import io.bizcenter.core.tenancy.MoveOutId;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitProcedure;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.testkit.TenancyCommands;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Tenant move-out (MO), driven through {@link TenancyCommands}, for the clients who moved in (through the
 * {@link MoveInDrill}, or beside the steps through the desk). Its rules that span cases: one move-out per move-in, opened
 * only once the move-in is complete (MO-1.1, in the declaration); the client leaves once key control says it holds no key
 * of its units (MO-3.3, read off the key register in the declaration): beside the steps, the keys of a client that is
 * leaving come back to the box or are recorded lost, one at a time. Its steps carry the lease watch along in the same
 * transaction: opening records the departure, calling off watches the lease again (MO-1.1), leaving ends the watch
 * (MO-3.3): steps the {@link LeaseWatchDrill} sees taken.
 */
public final class MoveOutDrill extends Drill<MoveOutState, MoveOutAction, MoveOut, MoveOutCommand> {
  public MoveOutDrill() {
    super(Shapes.CENTER.tenancy().moveOutDefinition());
  }

  /** The declaration bound to the center's move-ins, move-outs and key register. */
  @Override
  protected ProcedureDefinition<MoveOutState, MoveOutAction, MoveOut, MoveOutCommand> definitionIn(BusinessCenter center) {
    return center.tenancy().moveOutDefinition();
  }

  @Override
  protected CaseStore<MoveOut> cases(Storage storage) {
    return storage.moveOuts();
  }

  @Override
  protected Either<Rejection, MoveOut> send(BusinessCenter center, MoveOutCommand command, Actor actor) {
    return center.tenancy().handle(command, actor);
  }

  @Override
  protected Either<Rejection, List<MoveOutAction>> offered(BusinessCenter center, Actor actor, CenterId where, String caseId) {
    return center.tenancy().availableActions(actor, where, MoveOutId.of(caseId));
  }

  /** Mostly the move-out of a client that is in; sometimes of any move-in (not complete, or moving out already), or of none. */
  @Override
  protected MoveOutCommand opening(RandomGenerator random, CenterId center, Storage storage, Instant now) {
    List<MoveIn> all = storage.moveIns().all(center);
    List<MoveIn> in = all.stream().filter(m -> m.state() == MoveInState.COMPLETED && TenancyWorld.moveOutOf(storage, m).isEmpty()).toList();
    List<MoveIn> from = !in.isEmpty() && random.nextInt(4) != 0 ? in : all;
    MoveInId moveIn = from.isEmpty() || random.nextInt(10) == 0 ? MoveInId.of("M-404") : from.get(random.nextInt(from.size())).id();
    return TenancyCommands.moveOutFor(random, center, null, MoveOutAction.OPEN_MOVE_OUT, moveIn, null, TenancyWorld.ENGINEER);
  }

  @Override
  protected MoveOutCommand commandFor(RandomGenerator random, MoveOut current, MoveOutAction action, Storage storage, Instant now) {
    return TenancyCommands.moveOutFor(random, current.center(), current.id(), action, current.moveIn(), current, TenancyWorld.ENGINEER);
  }

  @Override
  protected MoveOutCommand arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds, Instant now) {
    return TenancyCommands.arbitraryMoveOut(random, centers, knownIds.stream().map(MoveOutId::of).toList());
  }

  /** Service and Engineering take the steps; the others take none. */
  @Override
  protected List<Actor> staff(RandomGenerator random, CenterId center) {
    return TenancyWorld.staff(center);
  }

  @Override
  protected Duties<MoveOut> dutiesIn(BusinessCenter center) {
    return center.tenancy().moveOutDuties();
  }

  /**
   * KY-2.4, MO-3.3: a key of a leaving client comes back to the box, or is recorded lost; otherwise, now and then, a client
   * moves in through the desk when few are in.
   */
  @Override
  protected Optional<String> aside(RandomGenerator random, BusinessCenter center, Storage storage, Instant now) {
    if (random.nextInt(3) == 0) {
      CenterId c = ProcedureCheck.CENTERS.get(random.nextInt(ProcedureCheck.CENTERS.size()));
      List<MoveOut> leaving = storage.moveOuts().all(c).stream().filter(o -> !o.vacated() && o.state() != MoveOutState.CALLED_OFF).toList();
      if (!leaving.isEmpty()) {
        MoveOut o = leaving.get(random.nextInt(leaving.size()));
        List<Key> held = center.keys().stillHeldBy(c, o.tenant()).stream().filter(k -> o.units().contains(k.lock().room())).toList();
        if (!held.isEmpty()) {
          Key k = held.get(random.nextInt(held.size()));
          CommandId id = CommandId.of("world-" + Long.toUnsignedString(random.nextLong(), 36));
          boolean lost = random.nextInt(3) == 0;
          KeyCommand back = lost ? new KeyCommand.ReportLost(id, c, k.id(), "退租时未交回") : new KeyCommand.ReturnKey(id, c, k.id());
          Either<Rejection, Key> answer = center.keys().handle(back, TenancyWorld.keyDesk(c));
          return Optional.of(k.id() + " of " + o.tenant() + "@" + c + (lost ? " recorded lost" : " returned")
              + answer.fold(r -> ", refused " + r.code(), key -> ""));
        }
      }
    }
    return TenancyWorld.someoneMovesIn(random, center, storage, now);
  }

  /** MO-1.1: a move-out of a move-in the center does not have is answered as unknown. */
  @Override
  protected Option<Rejection> beyondTheDeclaration(MoveOutCommand command, Storage storage, Instant now, Configuration configuration) {
    if (command instanceof MoveOutCommand.OpenMoveOut open && storage.moveIns().find(open.center(), open.moveIn().value()).isEmpty()) {
      return Option.of(new Rejection.CaseNotFound(MoveInProcedure.NAME, open.moveIn().value()));
    }
    return Option.none();
  }

  /**
   * MO-1.1, MO-3.3: opening records the departure on a lease watch not yet leaving; calling off resumes a watch that is
   * leaving, and leaving ends it.
   */
  @Override
  protected List<KnockOn> knockOn(MoveOutCommand command, Storage storage) {
    if (command == null || command.center() == null) {
      return List.of();
    }
    CenterId c = command.center();
    Optional<MoveInId> moveIn = command instanceof MoveOutCommand.OpenMoveOut open
        ? Optional.ofNullable(open.moveIn())
        : command instanceof MoveOutCommand.OnMoveOut on && on.moveOutId() != null
            ? storage.moveOuts().find(c, on.moveOutId().value()).map(MoveOut::moveIn).toJavaOptional()
            : Optional.empty();
    Optional<RenewalVisit> lease = moveIn.flatMap(m -> storage.renewalVisits().ofMoveIn(c, m).stream().findFirst());
    if (lease.isEmpty()) {
      return List.of();
    }
    boolean leaving = lease.get().state() == RenewalVisitState.LEAVING;
    boolean moves = command instanceof MoveOutCommand.OpenMoveOut ? !leaving
        : (command instanceof MoveOutCommand.CallOff || command instanceof MoveOutCommand.Vacate) && leaving;
    return moves ? List.of(new KnockOn(RenewalVisitProcedure.NAME, c, lease.get().id().value())) : List.of();
  }

  /** Calling off weighs less, so that move-outs get to their end. */
  @Override
  protected int weight(MoveOutAction action) {
    return action == MoveOutAction.CALL_OFF ? 2 : 10;
  }
}
