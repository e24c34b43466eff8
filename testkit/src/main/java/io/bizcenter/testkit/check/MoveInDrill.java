package io.bizcenter.testkit.check;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.tenancy.ElevatorBooking;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInCommand;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.RenewalVisitProcedure;
import io.bizcenter.core.tenancy.TenancyPolicy;
import io.bizcenter.core.tenancy.TenancyRejection;
import io.bizcenter.testkit.TenancyCommands;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Tenant move-in (MI), driven through {@link TenancyCommands}, with the rules that span cases: a unit has one tenant at a
 * time (MI-1.1, in the declaration), the freight elevator's calendar (MI-6.1, judged here from the other move-ins'
 * bookings), the key handover read off the key register (MI-4.3, in the declaration): beside the steps key control cuts
 * the door keys of tenants whose equipment was accepted. Completing a move-in starts its lease watch in the same
 * transaction (MO-1.1): a case the {@link LeaseWatchDrill} sees opened.
 */
public final class MoveInDrill extends Drill<MoveInState, MoveInAction, MoveIn, MoveInCommand> {
  /** The agreement template in force in each center, as the desk named it when it refused another (MI-3.1): the vendor's policy may set its own. */
  private final Map<CenterId, String> templates = new ConcurrentHashMap<>();

  public MoveInDrill() {
    super(Shapes.CENTER.tenancy().moveInDefinition());
  }

  /** The declaration bound to the center's stores, key register and tenancy policies. */
  @Override
  protected ProcedureDefinition<MoveInState, MoveInAction, MoveIn, MoveInCommand> definitionIn(BusinessCenter center) {
    return center.tenancy().moveInDefinition();
  }

  @Override
  protected CaseStore<MoveIn> cases(Storage storage) {
    return storage.moveIns();
  }

  @Override
  protected Either<Rejection, MoveIn> send(BusinessCenter center, MoveInCommand command, Actor actor) {
    Either<Rejection, MoveIn> answer = center.tenancy().handle(command, actor);
    if (command != null && answer.isLeft() && answer.getLeft() instanceof TenancyRejection.AgreementTemplateNotCurrent stale) {
      templates.put(command.center(), stale.current());
    }
    return answer;
  }

  @Override
  protected Either<Rejection, List<MoveInAction>> offered(BusinessCenter center, Actor actor, CenterId where, String caseId) {
    return center.tenancy().availableActions(actor, where, MoveInId.of(caseId));
  }

  /** A notice, mostly for units no move-in holds, sometimes for any (so that MI-1.1 is seen refusing). */
  @Override
  protected MoveInCommand opening(RandomGenerator random, CenterId center, Storage storage, Instant now) {
    List<RoomId> free = TenancyWorld.free(storage, center, TenancyWorld.ROOMS);
    List<RoomId> rooms = free.isEmpty() || random.nextInt(4) == 0 ? TenancyWorld.ROOMS : free;
    return TenancyCommands.moveInFor(random, center, null, MoveInAction.RECEIVE_MOVE_IN_NOTICE, rooms, TenancyWorld.TENANTS, now, null,
        TenancyWorld.RENOVATION_MANAGER);
  }

  /**
   * Mostly what the case calls for; the equipment mostly accepted with comments to rectify (MI-4.5), a move now
   * and then booked over another's slot still to come (MI-6.1).
   */
  @Override
  protected MoveInCommand commandFor(RandomGenerator random, MoveIn current, MoveInAction action, Storage storage, Instant now) {
    CenterId c = current.center();
    MoveInCommand command = TenancyCommands.moveInFor(random, c, current.id(), action, TenancyWorld.ROOMS, TenancyWorld.TENANTS, now, current,
        TenancyWorld.RENOVATION_MANAGER);
    if (command instanceof MoveInCommand.SignManagementAgreement sign && sign.templateVersion().equals(TenancyPolicy.DEFAULT_AGREEMENT_TEMPLATE)
        && templates.containsKey(c)) {
      return new MoveInCommand.SignManagementAgreement(sign.commandId(), c, current.id(), templates.get(c), sign.agreementNumber(), sign.signatory());
    }
    if (command instanceof MoveInCommand.AcceptEquipment accept && accept.rectificationComments().isEmpty() && random.nextInt(4) != 0) {
      return new MoveInCommand.AcceptEquipment(accept.commandId(), c, current.id(), accept.equipment(), List.of("墙面有划痕", "窗帘轨道松动"));
    }
    if (command instanceof MoveInCommand.BookMove booking && random.nextBoolean()) {
      List<ElevatorBooking> made = storage.moveIns().all(c).stream().filter(o -> !o.id().equals(current.id())).flatMap(o -> o.move().stream())
          .filter(b -> b.startsAt().isAfter(now.plus(Duration.ofHours(2)))).toList();
      if (!made.isEmpty()) {
        ElevatorBooking other = made.get(random.nextInt(made.size()));
        Instant start = other.startsAt().plus(Duration.ofMinutes(30L * (random.nextInt(5) - 2)));
        return new MoveInCommand.BookMove(booking.commandId(), c, current.id(), other.elevator(), start,
            start.plus(Duration.ofMinutes(30L * (1 + random.nextInt(4)))));
      }
    }
    return command;
  }

  @Override
  protected MoveInCommand arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds, Instant now) {
    return TenancyCommands.arbitraryMoveIn(random, centers, knownIds.stream().map(MoveInId::of).toList());
  }

  /** Service, Administration, the Management Office, Engineering's staff and renovation managers, and seats that take no step. */
  @Override
  protected List<Actor> staff(RandomGenerator random, CenterId center) {
    return TenancyWorld.staff(center);
  }

  @Override
  protected Duties<MoveIn> dutiesIn(BusinessCenter center) {
    return center.tenancy().moveInDuties();
  }

  /**
   * KY-2.1: now and then key control cuts a door key for a tenant whose equipment was accepted, so the handover can be
   * signed; otherwise, now and then, another client moves in through the desk, booking the freight elevator or not.
   */
  @Override
  protected Optional<String> aside(RandomGenerator random, BusinessCenter center, Storage storage, Instant now) {
    if (random.nextInt(3) != 0) {
      return TenancyWorld.someoneMovesIn(random, center, storage, now);
    }
    CenterId c = ProcedureCheck.CENTERS.get(random.nextInt(ProcedureCheck.CENTERS.size()));
    List<MoveIn> waiting = storage.moveIns().all(c).stream().filter(m -> m.state() == MoveInState.EQUIPMENT_ACCEPTED).toList();
    if (waiting.isEmpty()) {
      return Optional.empty();
    }
    MoveIn m = waiting.get(random.nextInt(waiting.size()));
    List<Key> held = center.keys().stillHeldBy(c, m.tenant());
    List<RoomId> without = new ArrayList<>(m.units().stream().filter(u -> held.stream().noneMatch(k -> u.equals(k.lock().room()))).toList());
    if (without.isEmpty()) {
      return Optional.empty();
    }
    RoomId unit = without.get(random.nextInt(without.size()));
    Optional<String> refused = TenancyWorld.doorKeyFor(random, center, c, unit, m.tenant());
    return Optional.of("door key of " + unit + "@" + c + " for " + m.tenant() + refused.map(code -> " refused " + code).orElse(" cut"));
  }

  /** MI-6.1: a move is booked for a slot still to come, in which no other move-in holds the elevator; the earliest clash is named. */
  @Override
  protected Option<Rejection> beyondTheDeclaration(MoveInCommand command, Storage storage, Instant now, Configuration configuration) {
    if (!(command instanceof MoveInCommand.BookMove booking)) {
      return Option.none();
    }
    ZoneId zone = configuration.zones().apply(booking.center());
    if (!booking.startsAt().isAfter(now.truncatedTo(ChronoUnit.MICROS))) {
      return Option.of(new TenancyRejection.MoveStartsInThePast(booking.startsAt().atZone(zone).toLocalDateTime(), Clause.of("MI-6.1")));
    }
    return Option.ofOptional(storage.moveIns().all(booking.center()).stream()
        .filter(o -> !o.id().equals(booking.moveInId()))
        .filter(o -> o.move().filter(b -> b.elevator().equals(booking.elevator()) && b.overlaps(booking.startsAt(), booking.endsAt())).isPresent())
        .min(Comparator.comparing((MoveIn o) -> o.move().orElseThrow().startsAt()).thenComparing(o -> o.id().value()))
        .map(o -> new TenancyRejection.FreightElevatorAlreadyBooked(booking.elevator(), o.id(),
            o.move().orElseThrow().startsAt().atZone(zone).toLocalDateTime(), o.move().orElseThrow().endsAt().atZone(zone).toLocalDateTime(),
            Clause.of("MI-6.1"))));
  }

  /** MI-6.3, MO-1.1: completing a move-in not yet watched opens its lease watch. */
  @Override
  protected List<KnockOn> knockOn(MoveInCommand command, Storage storage) {
    if (command instanceof MoveInCommand.CompleteMoveIn complete && complete.center() != null && complete.moveInId() != null
        && storage.renewalVisits().ofMoveIn(complete.center(), complete.moveInId()).isEmpty()) {
      return List.of(KnockOn.opening(RenewalVisitProcedure.NAME, complete.center()));
    }
    return List.of();
  }

  /**
   * The import of a building's tenancies (GS-6) is driven by testkit's ImportContract on every store, not by this drill,
   * whose runs take their move-ins from Administration's notice.
   */
  @Override
  protected Set<MoveInAction> notDrilled() {
    return EnumSet.of(MoveInAction.IMPORT_TENANCY);
  }

  /**
   * What may be done at any point weighs less than the main line, so that move-ins get to their end. Engineering's tasks
   * are done early on some move-ins and kept, on others, for the handover, the move or each step of the renovation, so
   * that every state they may be done in is seen.
   */
  @Override
  protected int weight(MoveIn on, MoveInAction action) {
    return switch (action) {
      case WITHDRAW -> 1;
      case RECORD_METER_READING, CLOSE_RECTIFICATION_ITEM -> engineeringDoesItNow(on) ? 20 : 0;
      case ANSWER_QUESTION, RECORD_CLIENT_CONTACTS, FILE_DOCUMENT -> 4;
      default -> 10;
    };
  }

  private static boolean engineeringDoesItNow(MoveIn on) {
    // by the notice's own data (its tenant and units, drawn at random), not its id, which each run draws in the same order
    return switch (Math.floorMod((on.tenant().value() + on.units()).hashCode(), 4)) {
      case 0 -> true;
      case 1 -> on.state().compareTo(MoveInState.KEYS_HANDED_OVER) >= 0;
      case 2 -> on.state() == MoveInState.MOVE_BOOKED || on.state() == MoveInState.RENOVATION_MANAGER_INTRODUCED;
      default -> on.state() == MoveInState.MOVE_BOOKED || on.state() == MoveInState.RENOVATION_MEETING_HELD;
    };
  }
}
