package io.bizcenter.testkit.check;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.tenancy.ClientContact;
import io.bizcenter.core.tenancy.ClientDocument;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInCommand;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.TenancyRejection;
import io.bizcenter.testkit.TenancyCommands;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * The world the tenancy drills share: who takes tenancy's steps, and the tenants who move in beside the steps under
 * test, through the desk, along the whole move-in (the move or the renovation, keys cut by key control), so that the
 * lease watch and move-out have clients to watch and see off, and the freight elevator has other bookings, whichever
 * drills a run holds.
 */
final class TenancyWorld {
  /** The units the drills' move-ins take (MI-1.1). */
  static final List<RoomId> ROOMS = Stream.of("101", "102", "103", "104", "105").map(RoomId::of).toList();
  /** The units of the tenants who move in beside the steps, apart from the drills' own. */
  static final List<RoomId> WALK_ROOMS = Stream.of("201", "202", "203", "204").map(RoomId::of).toList();
  /** The tenants of the drills' move-ins: not those key control's drill records (T-1, ...). */
  static final List<TenantId> TENANTS = Stream.of("C-1", "C-2", "C-3").map(TenantId::of).toList();
  /** The renovation manager a move-in introduces (MI-6.2); another one of Engineering is not introduced. */
  static final StaffId RENOVATION_MANAGER = StaffId.of("en-rm-1");
  /** The engineer who counts with Service at move-out (MO-2.1). */
  static final StaffId ENGINEER = StaffId.of("en-stf");
  /** How many clients beside the steps are in at once, at most, in each center. */
  private static final int CLIENTS_IN = 3;

  private TenancyWorld() {}

  /** Service, Administration, the Management Office, Engineering (staff, two renovation managers), Operations, Security. */
  static List<Actor> staff(CenterId c) {
    return List.of(
        Actor.of("sv-clk", Role.STAFF, Department.SERVICE, c),
        Actor.of("ad-clk", Role.STAFF, Department.ADMINISTRATION, c),
        Actor.of("mo-clk", Role.STAFF, Department.MANAGEMENT_OFFICE, c),
        Actor.of(ENGINEER.value(), Role.STAFF, Department.ENGINEERING, c),
        Actor.of(RENOVATION_MANAGER.value(), Role.RENOVATION_MANAGER, Department.ENGINEERING, c),
        Actor.of("en-rm-2", Role.RENOVATION_MANAGER, Department.ENGINEERING, c),
        Actor.of("op-stf", Role.STAFF, Department.OPERATIONS, c),
        Actor.of("se-grd", Role.STAFF, Department.SECURITY, c));
  }

  /** Key control's desk: the business center's supervisor keeps the keys (KY-2). */
  static Actor keyDesk(CenterId c) {
    return Actor.of("bc-sup", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, c);
  }

  /** The move-out of a move-in that counts (MO-1.1): one not called off. */
  static Optional<MoveOut> moveOutOf(Storage storage, MoveIn m) {
    return storage.moveOuts().ofMoveIn(m.center(), m.id()).stream().filter(o -> o.state() != MoveOutState.CALLED_OFF).findFirst();
  }

  /** MI-1.1: whether a move-in holds its units: not withdrawn, and not vacated by its move-out. */
  static boolean holdsItsUnits(Storage storage, MoveIn m) {
    return m.live() && !moveOutOf(storage, m).map(MoveOut::vacated).orElse(false);
  }

  /** The units of {@code among} no move-in holds now. */
  static List<RoomId> free(Storage storage, CenterId c, List<RoomId> among) {
    List<MoveIn> holding = storage.moveIns().all(c).stream().filter(m -> holdsItsUnits(storage, m)).toList();
    return among.stream().filter(unit -> holding.stream().noneMatch(m -> m.units().contains(unit))).toList();
  }

  /**
   * Now and then a new client moves in, when fewer than a few are in: the whole move-in through the desk, each step by a
   * seat the declaration offers it to; a line for the step's log, also when a step is refused (a vendor's policy may ask
   * for what the walk does not bring) and the walk stops there.
   */
  static Optional<String> someoneMovesIn(RandomGenerator random, BusinessCenter center, Storage storage, Instant now) {
    if (random.nextInt(4) != 0) {
      return Optional.empty();
    }
    CenterId c = ProcedureCheck.CENTERS.get(random.nextInt(ProcedureCheck.CENTERS.size()));
    // half the clients stop one step short of completing: the move-in drill's step to take, with its lease watch; or the
    // world's, later
    Optional<MoveIn> ready = storage.moveIns().all(c).stream().filter(m -> m.tenant().value().startsWith("W-") && readyToComplete(m)).findFirst();
    if (ready.isPresent() && random.nextBoolean()) {
      Either<Rejection, MoveIn> done = center.tenancy().handle(new MoveInCommand.CompleteMoveIn(id(random), c, ready.get().id()), staff(c).get(0));
      return Optional.of(ready.get().tenant() + " completed its move-in " + ready.get().id() + "@" + c + done.fold(r -> ", refused " + r.code(), m -> ""));
    }
    long in = storage.moveIns().all(c).stream().filter(m -> m.state() == MoveInState.COMPLETED && holdsItsUnits(storage, m)).count();
    List<RoomId> free = free(storage, c, WALK_ROOMS);
    if (in >= CLIENTS_IN || free.isEmpty()) {
      return Optional.empty();
    }
    RoomId unit = free.get(random.nextInt(free.size()));
    TenantId tenant = TenantId.of("W-" + (storage.moveIns().all(c).size() + 1));
    LocalDate start = now.atOffset(ZoneOffset.ofHours(8)).toLocalDate().minusDays(random.nextInt(30));
    LocalDate expiry = start.plusMonths(12 + random.nextInt(24)).minusDays(1);
    Either<Rejection, MoveIn> step = center.tenancy().handle(new MoveInCommand.ReceiveMoveInNotice(id(random), c, tenant, "某某公司", List.of(unit),
        start, expiry, "N-" + random.nextInt(10_000)), staff(c).get(0));
    boolean stopShort = random.nextBoolean();
    while (step.isRight() && step.get().state() != MoveInState.COMPLETED && !(stopShort && readyToComplete(step.get()))) {
      MoveIn m = step.get();
      if (m.state() == MoveInState.EQUIPMENT_ACCEPTED) {
        Optional<String> refused = doorKeyFor(random, center, c, unit, tenant);
        if (refused.isPresent()) {
          return Optional.of(tenant + " moving into " + unit + "@" + c + " stopped: key control refused " + refused.get());
        }
      }
      MoveInCommand next = next(random, center, m, now);
      Actor by = staff(c).stream().filter(a -> center.tenancy().moveInDefinition().availableActions(m.state(), a)
          .contains(center.tenancy().moveInDefinition().actionOf(next)))
          .findFirst().orElseThrow();
      step = center.tenancy().handle(next, by);
      if (step.isLeft() && step.getLeft() instanceof TenancyRejection.AgreementTemplateNotCurrent stale
          && next instanceof MoveInCommand.SignManagementAgreement sign) {
        // the vendor's policy sets its own template: signed on the one the desk names (MI-3.1)
        step = center.tenancy().handle(new MoveInCommand.SignManagementAgreement(id(random), c, m.id(), stale.current(), sign.agreementNumber(),
            sign.signatory()), by);
      }
    }
    return Optional.of(step.isRight() ? tenant + " moved into " + unit + "@" + c + " as " + step.get().id() + " " + step.get().state()
        : tenant + " moving into " + unit + "@" + c + " stopped: refused " + step.getLeft().code());
  }

  /** MI-6.3: at the end of the move-in, with the file, Engineering's reading and the rectification done. */
  private static boolean readyToComplete(MoveIn m) {
    return (m.state() == MoveInState.MOVE_BOOKED || m.state() == MoveInState.RENOVATION_MEETING_HELD) && !m.contacts().isEmpty()
        && m.recordedReading().isPresent() && m.openItems().isEmpty()
        && Arrays.stream(ClientDocument.values()).allMatch(d -> d.filedByItsStep() || m.clientFile().holds(d));
  }

  /** KY-2.1: key control cuts the tenant a door key of the unit, from a backup it registers first if the box is empty. */
  static Optional<String> doorKeyFor(RandomGenerator random, BusinessCenter center, CenterId c, RoomId unit, TenantId tenant) {
    Actor desk = keyDesk(c);
    if (center.keys().keyBox(desk, c, unit).map(List::isEmpty).getOrElse(true)) {
      Either<Rejection, Key> backup = center.keys().handle(new KeyCommand.RegisterBackup(id(random), c, Lock.officeDoor(unit)), desk);
      if (backup.isLeft()) {
        return Optional.of(backup.getLeft().code());
      }
    }
    Either<Rejection, Key> cut = center.keys().handle(new KeyCommand.CutKey(id(random), c, Lock.officeDoor(unit), Holder.tenant(tenant)), desk);
    return cut.isLeft() ? Optional.of(cut.getLeft().code()) : Optional.empty();
  }

  /** The next step of the walk: the main line, the move or the renovation, then the file, Engineering's reading and completion. */
  private static MoveInCommand next(RandomGenerator random, BusinessCenter center, MoveIn m, Instant now) {
    return switch (m.state()) {
      case UNIT_INSPECTED -> new MoveInCommand.AcceptEquipment(id(random), m.center(), m.id(), TenancyCommands.EQUIPMENT, List.of());
      case UNIT_HANDED_OVER -> {
        if (!m.orientationMissing().isEmpty()) {
          yield new MoveInCommand.Introduce(id(random), m.center(), m.id(), m.orientationMissing().get(0), null);
        }
        if (random.nextBoolean()) {
          yield new MoveInCommand.IntroduceRenovationManager(id(random), m.center(), m.id(), "RA-" + random.nextInt(1000), RENOVATION_MANAGER);
        }
        // the freight elevator some hour of the next month (MI-6.1): a slot the drills' own bookings may meet
        Instant start = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(24 + random.nextInt(24 * 30)));
        yield new MoveInCommand.BookMove(id(random), m.center(), m.id(), TenancyCommands.ELEVATORS.get(random.nextInt(TenancyCommands.ELEVATORS.size())),
            start, start.plus(Duration.ofHours(2)));
      }
      case MOVE_BOOKED, RENOVATION_MEETING_HELD -> {
        Optional<ClientDocument> missing = Arrays.stream(ClientDocument.values()).filter(d -> !d.filedByItsStep() && !m.clientFile().holds(d))
            .findFirst();
        if (m.contacts().isEmpty()) {
          yield new MoveInCommand.RecordClientContacts(id(random), m.center(), m.id(), List.of(ClientContact.of("王小明", "13912345678", "行政")));
        } else if (missing.isPresent()) {
          yield new MoveInCommand.FileDocument(id(random), m.center(), m.id(), missing.get(), "ARC-" + random.nextInt(1000));
        } else if (m.recordedReading().isEmpty()) {
          yield new MoveInCommand.RecordMeterReading(id(random), m.center(), m.id(), m.confirmedReading().orElseThrow().meter(),
              m.confirmedReading().orElseThrow().reading());
        }
        yield new MoveInCommand.CompleteMoveIn(id(random), m.center(), m.id());
      }
      default -> {
        // the step of the main line out of the state
        MoveInAction action = center.tenancy().moveInDefinition().stepsFrom(m.state()).stream()
            .filter(t -> t.to() != m.state() && t.action() != MoveInAction.WITHDRAW).findFirst().orElseThrow().action();
        yield TenancyCommands.fittingMoveInFor(random, m.center(), m.id(), action, List.of(), List.of(), now, m, RENOVATION_MANAGER);
      }
    };
  }

  private static CommandId id(RandomGenerator random) {
    return CommandId.of("world-" + Long.toUnsignedString(random.nextLong(), 36));
  }
}
