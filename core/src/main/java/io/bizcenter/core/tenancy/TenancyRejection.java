package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RuleFamily;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Move-in and move-out's own rules, as rejections that carry their data; each one's code and arguments are read off the
 * record ({@link Rejection.RuleBroken}), its clause is the rule that refused. The move-in's are of the MI family, the
 * lease watch's and the move-out's each state MO. A rejection that lists what is missing names every item, in the
 * source's order. Times are the property's local times.
 */
@RuleFamily("MI")
public sealed interface TenancyRejection extends Rejection.RuleBroken {
  DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** MI-1.1: the unit is taken by another move-in that has not vacated it; a unit has one tenant at a time. */
  record UnitOccupied(RoomId unit, MoveInId by, Clause clause) implements TenancyRejection {}

  /** MI-2.1: the identity is checked against the original document, not a copy. */
  record OriginalDocumentRequired(IdentityDocumentKind kind, Clause clause) implements TenancyRejection {}

  /** MI-3.1: the agreement is signed on the template version in force. */
  record AgreementTemplateNotCurrent(String given, String current, Clause clause) implements TenancyRejection {}

  /** MI-4.3, KY-2.1: the form is signed once the client holds a door key of each unit, per the key register. */
  record DoorKeysNotHandedOver(List<RoomId> units, Clause clause) implements TenancyRejection {
    public DoorKeysNotHandedOver {
      units = List.copyOf(units);
    }

    public List<Object> arguments() {
      return List.of(units.stream().map(RoomId::value).toList());
    }
  }

  /** MI-4.4: Engineering records the reading the client confirmed, meter and figure. */
  record MeterReadingDiffers(String confirmedMeter, BigDecimal confirmedReading, String givenMeter, BigDecimal givenReading, Clause clause)
      implements TenancyRejection {
    public List<Object> arguments() {
      return List.of(confirmedMeter, confirmedReading.toPlainString(), givenMeter, givenReading.toPlainString());
    }
  }

  /** MI-4.4: Engineering records the initial reading once. */
  record MeterReadingAlreadyRecorded(Clause clause) implements TenancyRejection {}

  /** MI-4.4: the move-in completes once Engineering has recorded the confirmed reading. */
  record MeterReadingNotRecorded(Clause clause) implements TenancyRejection {}

  /** MI-4.5: there is no open rectification item by that number. */
  record RectificationItemNotOpen(String item, Clause clause) implements TenancyRejection {}

  /** MI-4.5: every rectification item is closed already. */
  record NoRectificationItemOpen(Clause clause) implements TenancyRejection {}

  /** MI-4.5: the move-in completes once Engineering has closed every rectification item; the open ones are listed. */
  record RectificationItemsOpen(List<String> items, Clause clause) implements TenancyRejection {
    public RectificationItemsOpen {
      items = List.copyOf(items);
    }
  }

  /** MI-5.1 to MI-5.3: each orientation item is introduced once (under the item's own clause). */
  record AlreadyIntroduced(OrientationItem item, Clause clause) implements TenancyRejection {}

  /** MI-5.1 to MI-5.3: the client is told every item before the move is arranged; the missing ones are listed. */
  record OrientationIncomplete(List<OrientationItem> missing, Clause clause) implements TenancyRejection {
    public OrientationIncomplete {
      missing = List.copyOf(missing);
    }

    public List<Object> arguments() {
      return List.of(missing, missing.size());
    }
  }

  /** MI-6.1: no two bookings of a freight elevator overlap; the booking that holds it is named. */
  record FreightElevatorAlreadyBooked(String elevator, MoveInId other, LocalDateTime from, LocalDateTime until, Clause clause)
      implements TenancyRejection {
    public List<Object> arguments() {
      return List.of(elevator, other.value(), LOCAL.format(from), LOCAL.format(until));
    }
  }

  /** MI-6.1: a move is booked for a time still to come. */
  record MoveStartsInThePast(LocalDateTime startsAt, Clause clause) implements TenancyRejection {
    public List<Object> arguments() {
      return List.of(LOCAL.format(startsAt));
    }
  }

  /** MI-6.2: the first meeting is held by the renovation manager who was introduced to the client. */
  record NotTheIntroducedRenovationManager(StaffId introduced, Clause clause) implements TenancyRejection {}

  /** MI-6.3: the move-in completes with a complete client file; every missing document is listed (a to e). */
  record ClientFileIncomplete(List<ClientDocument> missing, Clause clause) implements TenancyRejection {
    public ClientFileIncomplete {
      missing = List.copyOf(missing);
    }

    public List<Object> arguments() {
      return List.of(missing, missing.size());
    }
  }

  /** MO-1.1: a lease is watched, and a move-out opened, once its move-in is complete. */
  @RuleFamily("MO")
  record MoveInNotCompleted(MoveInId moveIn, MoveInState state, Clause clause) implements TenancyRejection {}

  /** MO-1.1: one lease watch per move-in, carried from term to term. */
  @RuleFamily("MO")
  record LeaseAlreadyWatched(MoveInId moveIn, RenewalVisitId lease, Clause clause) implements TenancyRejection {}

  /** MO-1.1: one move-out per move-in. */
  @RuleFamily("MO")
  record MoveOutAlreadyOpen(MoveInId moveIn, MoveOutId moveOut, Clause clause) implements TenancyRejection {}

  /**
   * MO-1.1: the lease is watched again only when the client stayed: the move-out named is this lease's, and was called
   * off. The desk takes the step itself when the move-out is called off; a command sent by hand is held to the same.
   */
  @RuleFamily("MO")
  record MoveOutNotCalledOff(MoveOutId moveOut, MoveOutState state, Clause clause) implements TenancyRejection {}

  /** MO-1.1: the move-out a lease watch's step names is not this lease's (another move-in's, or none). */
  @RuleFamily("MO")
  record MoveOutNotOfThisLease(MoveOutId moveOut, MoveInId moveIn, Clause clause) implements TenancyRejection {}

  /** MO-3.3: the watch ends only when the client has left: the move-out named is this lease's, and is vacated. */
  @RuleFamily("MO")
  record ClientNotLeft(MoveOutId moveOut, MoveOutState state, Clause clause) implements TenancyRejection {}

  /** MO-1.1: a renewed term ends after the one it renews. */
  @RuleFamily("MO")
  record NewTermNotLater(LocalDate current, LocalDate given, Clause clause) implements TenancyRejection {
    public List<Object> arguments() {
      return List.of(current.toString(), given.toString());
    }
  }

  /**
   * MO-2.1: the joint inventory accounts for every item of the move-in acceptance record, once, and for nothing else; the
   * unaccounted and the unknown items are listed.
   */
  @RuleFamily("MO")
  record InventoryDoesNotMatchAcceptanceRecord(List<String> unaccounted, List<String> unknown, Clause clause) implements TenancyRejection {
    public InventoryDoesNotMatchAcceptanceRecord {
      unaccounted = List.copyOf(unaccounted);
      unknown = List.copyOf(unknown);
    }
  }

  /** MO-2.3: each item found damaged or missing is assessed once, and nothing found intact is charged. */
  @RuleFamily("MO")
  record CompensationDoesNotMatchDamage(List<String> unassessed, List<String> notDamaged, Clause clause) implements TenancyRejection {
    public CompensationDoesNotMatchDamage {
      unassessed = List.copyOf(unassessed);
      notDamaged = List.copyOf(notDamaged);
    }
  }

  /**
   * MO-3.3, KY-2.4: the client leaves once key control says it holds no key of the units: each listed key comes back
   * into the box or is recorded lost, which charges its compensation.
   */
  @RuleFamily("MO")
  record KeysStillHeld(List<HeldKey> keys, Clause clause) implements TenancyRejection {
    public KeysStillHeld {
      keys = List.copyOf(keys);
    }

    public List<Object> arguments() {
      return List.of(keys, keys.size());
    }
  }
}
