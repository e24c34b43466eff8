package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Move-in and move-out's own rules, as rejections that carry their data, each with a stable code and its clause. A
 * rejection that lists what is missing names every item, in the source's order. Times are the property's local times.
 */
public sealed interface TenancyRejection extends Rejection.RuleBroken {
  DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** MI-1.1: the unit is taken by another move-in that has not vacated it; a unit has one tenant at a time. */
  record UnitOccupied(RoomId unit, MoveInId by) implements TenancyRejection {
    public String code() {
      return "MI_UNIT_OCCUPIED";
    }

    public Clause clause() {
      return Clause.of("MI-1.1");
    }

    public List<Object> arguments() {
      return List.of(unit.value(), by.value());
    }
  }

  /** MI-2.1: the identity is checked against the original document, not a copy. */
  record OriginalDocumentRequired(IdentityDocumentKind kind) implements TenancyRejection {
    public String code() {
      return "MI_ORIGINAL_DOCUMENT_REQUIRED";
    }

    public Clause clause() {
      return Clause.of("MI-2.1");
    }

    public List<Object> arguments() {
      return List.of(kind);
    }
  }

  /** MI-3.1: the agreement is signed on the template version in force. */
  record AgreementTemplateNotCurrent(String given, String current) implements TenancyRejection {
    public String code() {
      return "MI_AGREEMENT_TEMPLATE_NOT_CURRENT";
    }

    public Clause clause() {
      return Clause.of("MI-3.1");
    }

    public List<Object> arguments() {
      return List.of(given, current);
    }
  }

  /** MI-4.3, KY-2.1: the form is signed once the client holds a door key of each unit, per the key register. */
  record DoorKeysNotHandedOver(List<RoomId> units) implements TenancyRejection {
    public DoorKeysNotHandedOver {
      units = List.copyOf(units);
    }

    public String code() {
      return "MI_DOOR_KEYS_NOT_HANDED_OVER";
    }

    public Clause clause() {
      return Clause.of("MI-4.3");
    }

    public List<Object> arguments() {
      return List.of(units.stream().map(RoomId::value).toList());
    }
  }

  /** MI-4.4: Engineering records the reading the client confirmed, meter and figure. */
  record MeterReadingDiffers(String confirmedMeter, BigDecimal confirmedReading, String givenMeter, BigDecimal givenReading)
      implements TenancyRejection {
    public String code() {
      return "MI_METER_READING_DIFFERS";
    }

    public Clause clause() {
      return Clause.of("MI-4.4");
    }

    public List<Object> arguments() {
      return List.of(confirmedMeter, confirmedReading.toPlainString(), givenMeter, givenReading.toPlainString());
    }
  }

  /** MI-4.4: Engineering records the initial reading once. */
  record MeterReadingAlreadyRecorded() implements TenancyRejection {
    public String code() {
      return "MI_METER_READING_ALREADY_RECORDED";
    }

    public Clause clause() {
      return Clause.of("MI-4.4");
    }

    public List<Object> arguments() {
      return List.of();
    }
  }

  /** MI-4.4: the move-in completes once Engineering has recorded the confirmed reading. */
  record MeterReadingNotRecorded() implements TenancyRejection {
    public String code() {
      return "MI_METER_READING_NOT_RECORDED";
    }

    public Clause clause() {
      return Clause.of("MI-4.4");
    }

    public List<Object> arguments() {
      return List.of();
    }
  }

  /** MI-4.5: there is no open rectification item by that number. */
  record RectificationItemNotOpen(String item) implements TenancyRejection {
    public String code() {
      return "MI_RECTIFICATION_ITEM_NOT_OPEN";
    }

    public Clause clause() {
      return Clause.of("MI-4.5");
    }

    public List<Object> arguments() {
      return List.of(item);
    }
  }

  /** MI-4.5: every rectification item is closed already. */
  record NoRectificationItemOpen() implements TenancyRejection {
    public String code() {
      return "MI_NO_RECTIFICATION_ITEM_OPEN";
    }

    public Clause clause() {
      return Clause.of("MI-4.5");
    }

    public List<Object> arguments() {
      return List.of();
    }
  }

  /** MI-4.5: the move-in completes once Engineering has closed every rectification item; the open ones are listed. */
  record RectificationItemsOpen(List<String> items) implements TenancyRejection {
    public RectificationItemsOpen {
      items = List.copyOf(items);
    }

    public String code() {
      return "MI_RECTIFICATION_ITEMS_OPEN";
    }

    public Clause clause() {
      return Clause.of("MI-4.5");
    }

    public List<Object> arguments() {
      return List.of(items);
    }
  }

  /** MI-5.1 to MI-5.3: each orientation item is introduced once (under the item's own clause). */
  record AlreadyIntroduced(OrientationItem item) implements TenancyRejection {
    public String code() {
      return "MI_ALREADY_INTRODUCED";
    }

    public Clause clause() {
      return Clause.of(item.clause());
    }

    public List<Object> arguments() {
      return List.of(item);
    }
  }

  /** MI-5.1 to MI-5.3: the client is told every item before the move is arranged; the missing ones are listed. */
  record OrientationIncomplete(List<OrientationItem> missing) implements TenancyRejection {
    public OrientationIncomplete {
      missing = List.copyOf(missing);
    }

    public String code() {
      return "MI_ORIENTATION_INCOMPLETE";
    }

    public Clause clause() {
      return Clause.of(missing.get(0).clause());
    }

    public List<Object> arguments() {
      return List.of(missing, missing.size());
    }
  }

  /** MI-6.1: no two bookings of a freight elevator overlap; the booking that holds it is named. */
  record FreightElevatorAlreadyBooked(String elevator, MoveInId other, LocalDateTime from, LocalDateTime until) implements TenancyRejection {
    public String code() {
      return "MI_FREIGHT_ELEVATOR_ALREADY_BOOKED";
    }

    public Clause clause() {
      return Clause.of("MI-6.1");
    }

    public List<Object> arguments() {
      return List.of(elevator, other.value(), LOCAL.format(from), LOCAL.format(until));
    }
  }

  /** MI-6.1: a move is booked for a time still to come. */
  record MoveStartsInThePast(LocalDateTime startsAt) implements TenancyRejection {
    public String code() {
      return "MI_MOVE_STARTS_IN_THE_PAST";
    }

    public Clause clause() {
      return Clause.of("MI-6.1");
    }

    public List<Object> arguments() {
      return List.of(LOCAL.format(startsAt));
    }
  }

  /** MI-6.2: the first meeting is held by the renovation manager who was introduced to the client. */
  record NotTheIntroducedRenovationManager(StaffId introduced) implements TenancyRejection {
    public String code() {
      return "MI_NOT_THE_INTRODUCED_RENOVATION_MANAGER";
    }

    public Clause clause() {
      return Clause.of("MI-6.2");
    }

    public List<Object> arguments() {
      return List.of(introduced.value());
    }
  }

  /** MI-6.3: the move-in completes with a complete client file; every missing document is listed (a to e). */
  record ClientFileIncomplete(List<ClientDocument> missing) implements TenancyRejection {
    public ClientFileIncomplete {
      missing = List.copyOf(missing);
    }

    public String code() {
      return "MI_CLIENT_FILE_INCOMPLETE";
    }

    public Clause clause() {
      return Clause.of("MI-6.3");
    }

    public List<Object> arguments() {
      return List.of(missing, missing.size());
    }
  }

  /** MO-1.1: a lease is watched, and a move-out opened, once its move-in is complete. */
  record MoveInNotCompleted(MoveInId moveIn, MoveInState state) implements TenancyRejection {
    public String code() {
      return "MO_MOVE_IN_NOT_COMPLETED";
    }

    public Clause clause() {
      return Clause.of("MO-1.1");
    }

    public List<Object> arguments() {
      return List.of(moveIn.value(), state);
    }
  }

  /** MO-1.1: one lease watch per move-in, carried from term to term. */
  record LeaseAlreadyWatched(MoveInId moveIn, RenewalVisitId lease) implements TenancyRejection {
    public String code() {
      return "MO_LEASE_ALREADY_WATCHED";
    }

    public Clause clause() {
      return Clause.of("MO-1.1");
    }

    public List<Object> arguments() {
      return List.of(moveIn.value(), lease.value());
    }
  }

  /** MO-1.1: one move-out per move-in. */
  record MoveOutAlreadyOpen(MoveInId moveIn, MoveOutId moveOut) implements TenancyRejection {
    public String code() {
      return "MO_MOVE_OUT_ALREADY_OPEN";
    }

    public Clause clause() {
      return Clause.of("MO-1.1");
    }

    public List<Object> arguments() {
      return List.of(moveIn.value(), moveOut.value());
    }
  }

  /**
   * MO-1.1: the lease is watched again only when the client stayed: the move-out named is this lease's, and was called
   * off. The desk takes the step itself when the move-out is called off; a command sent by hand is held to the same.
   */
  record MoveOutNotCalledOff(MoveOutId moveOut, MoveOutState state) implements TenancyRejection {
    public String code() {
      return "MO_MOVE_OUT_NOT_CALLED_OFF";
    }

    public Clause clause() {
      return Clause.of("MO-1.1");
    }

    public List<Object> arguments() {
      return List.of(moveOut.value(), state);
    }
  }

  /** MO-1.1: the move-out a lease watch's step names is not this lease's (another move-in's, or none). */
  record MoveOutNotOfThisLease(MoveOutId moveOut, MoveInId moveIn) implements TenancyRejection {
    public String code() {
      return "MO_MOVE_OUT_NOT_OF_THIS_LEASE";
    }

    public Clause clause() {
      return Clause.of("MO-1.1");
    }

    public List<Object> arguments() {
      return List.of(moveOut.value(), moveIn.value());
    }
  }

  /** MO-3.3: the watch ends only when the client has left: the move-out named is this lease's, and is vacated. */
  record ClientNotLeft(MoveOutId moveOut, MoveOutState state) implements TenancyRejection {
    public String code() {
      return "MO_CLIENT_NOT_LEFT";
    }

    public Clause clause() {
      return Clause.of("MO-3.3");
    }

    public List<Object> arguments() {
      return List.of(moveOut.value(), state);
    }
  }

  /** MO-1.1: a renewed term ends after the one it renews. */
  record NewTermNotLater(LocalDate current, LocalDate given) implements TenancyRejection {
    public String code() {
      return "MO_NEW_TERM_NOT_LATER";
    }

    public Clause clause() {
      return Clause.of("MO-1.1");
    }

    public List<Object> arguments() {
      return List.of(current.toString(), given.toString());
    }
  }

  /**
   * MO-2.1: the joint inventory accounts for every item of the move-in acceptance record, once, and for nothing else; the
   * unaccounted and the unknown items are listed.
   */
  record InventoryDoesNotMatchAcceptanceRecord(List<String> unaccounted, List<String> unknown) implements TenancyRejection {
    public InventoryDoesNotMatchAcceptanceRecord {
      unaccounted = List.copyOf(unaccounted);
      unknown = List.copyOf(unknown);
    }

    public String code() {
      return "MO_INVENTORY_DOES_NOT_MATCH_ACCEPTANCE_RECORD";
    }

    public Clause clause() {
      return Clause.of("MO-2.1");
    }

    public List<Object> arguments() {
      return List.of(unaccounted, unknown);
    }
  }

  /** MO-2.3: each item found damaged or missing is assessed once, and nothing found intact is charged. */
  record CompensationDoesNotMatchDamage(List<String> unassessed, List<String> notDamaged) implements TenancyRejection {
    public CompensationDoesNotMatchDamage {
      unassessed = List.copyOf(unassessed);
      notDamaged = List.copyOf(notDamaged);
    }

    public String code() {
      return "MO_COMPENSATION_DOES_NOT_MATCH_DAMAGE";
    }

    public Clause clause() {
      return Clause.of("MO-2.3");
    }

    public List<Object> arguments() {
      return List.of(unassessed, notDamaged);
    }
  }

  /**
   * MO-3.3, KY-2.4: the client leaves once key control says it holds no key of the units: each listed key comes back
   * into the box or is recorded lost, which charges its compensation.
   */
  record KeysStillHeld(List<HeldKey> keys) implements TenancyRejection {
    public KeysStillHeld {
      keys = List.copyOf(keys);
    }

    public String code() {
      return "MO_KEYS_STILL_HELD";
    }

    public Clause clause() {
      return Clause.of("MO-3.3");
    }

    public List<Object> arguments() {
      return List.of(keys, keys.size());
    }
  }

}
