package io.bizcenter.testkit.tenancy;

import io.bizcenter.core.BusinessCenter;
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
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.tenancy.ClientDocument;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInCommand;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.TenancyPolicy;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.TenancyCommands;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A move-in taken along its main line through the desk, each step by a department the declaration offers it to, the
 * tenant's door keys cut through key control when the handover is reached: how the property tests put cases well on
 * their way before the random steps begin.
 */
final class MoveInJourney {
  static final StaffId RENOVATION_MANAGER = StaffId.of("en-rm-1");

  private final BusinessCenter center;
  private final ManualClock clock;
  private final SplittableRandom random;
  private int bookings;

  MoveInJourney(BusinessCenter center, ManualClock clock, long seed) {
    this.center = center;
    this.clock = clock;
    this.random = new SplittableRandom(seed);
  }

  /** The staff of a center who take the move-in's steps, and a few who take none. */
  static List<Actor> staff(CenterId c) {
    return List.of(
        Actor.of("sv-clk", Role.STAFF, Department.SERVICE, c),
        Actor.of("ad-clk", Role.STAFF, Department.ADMINISTRATION, c),
        Actor.of("mo-clk", Role.STAFF, Department.MANAGEMENT_OFFICE, c),
        Actor.of("en-stf", Role.STAFF, Department.ENGINEERING, c),
        Actor.of(RENOVATION_MANAGER.value(), Role.RENOVATION_MANAGER, Department.ENGINEERING, c),
        Actor.of("en-rm-2", Role.RENOVATION_MANAGER, Department.ENGINEERING, c),
        Actor.of("op-mgr", Role.OPERATIONS_MANAGER, Department.OPERATIONS, c),
        Actor.of("se-grd", Role.STAFF, Department.SECURITY, c));
  }

  static Actor keyDesk(CenterId c) {
    return Actor.of("bc-sup", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, c);
  }

  /** A new move-in of {@code unit} for {@code tenant}, taken until it stands in {@code target} (the move, not the renovation). */
  MoveIn upTo(CenterId c, RoomId unit, TenantId tenant, MoveInState target) {
    Actor clerk = staff(c).get(0);
    MoveIn m = center.tenancy().handle(new MoveInCommand.ReceiveMoveInNotice(commandId(), c, tenant, "某某公司", List.of(unit),
        LocalDate.of(2026, 5, 1), LocalDate.of(2028, 4, 30), "N-0"), clerk).get();
    while (m.state().compareTo(target) < 0) {
      if (m.state() == MoveInState.EQUIPMENT_ACCEPTED) {
        Actor desk = keyDesk(c);
        if (center.keys().keyBox(desk, c, unit).get().isEmpty()) {
          center.keys().registerBackup(new KeyCommand.RegisterBackup(commandId(), c, Lock.officeDoor(unit)), desk).get();
        }
        center.keys().cutKey(new KeyCommand.CutKey(commandId(), c, Lock.officeDoor(unit), Holder.tenant(tenant)), desk).get();
      }
      m = next(c, m);
      clock.advance(Duration.ofMinutes(10));
    }
    return m;
  }

  /** A move-in handed over and told everything (MI-5), ready to arrange its move or renovation (MI-6.1, MI-6.2). */
  MoveIn readyToMove(CenterId c, RoomId unit, TenantId tenant) {
    MoveIn m = upTo(c, unit, tenant, MoveInState.UNIT_HANDED_OVER);
    while (!m.orientationMissing().isEmpty()) {
      m = next(c, m);
    }
    return m;
  }

  /** The next step of the main line, by whoever may take it; at the end, the file, Engineering's reading and completion. */
  private MoveIn next(CenterId c, MoveIn m) {
    MoveInCommand command;
    if (m.state() == MoveInState.MOVE_BOOKED) {
      List<ClientDocument> missing = m.clientFile().missing(TenancyPolicy.defaults().requiredDocuments());
      if (missing.contains(ClientDocument.CLIENT_CONTACTS)) {
        command = TenancyCommands.moveInFor(random, c, m.id(), MoveInAction.RECORD_CLIENT_CONTACTS, List.of(), List.of(), clock.instant(), m, RENOVATION_MANAGER);
      } else if (!missing.isEmpty()) {
        command = new MoveInCommand.FileDocument(commandId(), c, m.id(), missing.get(0), "ARC-" + missing.get(0).ordinal());
      } else if (m.recordedReading().isEmpty()) {
        command = new MoveInCommand.RecordMeterReading(commandId(), c, m.id(), m.confirmedReading().get().meter(), m.confirmedReading().get().reading());
      } else {
        command = new MoveInCommand.CompleteMoveIn(commandId(), c, m.id());
      }
    } else if (m.state() == MoveInState.UNIT_HANDED_OVER && m.orientationMissing().isEmpty()) {
      // each journey's moves a day apart, never clashing with one another
      var start = clock.instant().plus(Duration.ofDays(30L + 2 * bookings++)).truncatedTo(ChronoUnit.HOURS);
      command = new MoveInCommand.BookMove(commandId(), c, m.id(), "F1", start, start.plus(Duration.ofHours(2)));
    } else if (m.state() == MoveInState.UNIT_HANDED_OVER) {
      command = new MoveInCommand.Introduce(commandId(), c, m.id(), m.orientationMissing().get(0), null);
    } else if (m.state() == MoveInState.UNIT_INSPECTED) {
      command = new MoveInCommand.AcceptEquipment(commandId(), c, m.id(), TenancyCommands.EQUIPMENT, List.of());
    } else {
      MoveInAction action = center.tenancy().moveInDefinition().stepsFrom(m.state()).stream()
          .filter(t -> !t.to().equals(m.state()) && t.action() != MoveInAction.WITHDRAW).findFirst().orElseThrow().action();
      command = TenancyCommands.fittingMoveInFor(random, c, m.id(), action, List.of(), List.of(), clock.instant(), m, RENOVATION_MANAGER);
    }
    MoveInCommand chosen = command;
    MoveInAction action = chosen.action();
    Actor actor = staff(c).stream().filter(a -> center.tenancy().moveInDefinition().availableActions(m.state(), a).contains(action)).findFirst()
        .orElseThrow();
    Either<Rejection, MoveIn> answer = center.tenancy().handle(chosen, actor);
    if (answer.isLeft()) {
      throw new AssertionError("the journey's step " + chosen + " was refused: " + answer.getLeft());
    }
    return answer.get();
  }

  private CommandId commandId() {
    return CommandId.of("journey-" + Long.toUnsignedString(random.nextLong(), 36));
  }

  static List<MoveInId> ids(List<MoveIn> moveIns) {
    return new ArrayList<>(moveIns.stream().map(MoveIn::id).toList());
  }
}
