package io.bizcenter.core.tenancy;

import static io.bizcenter.core.tenancy.MoveOutAction.*;
import static io.bizcenter.core.tenancy.MoveOutState.*;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Who;
import io.bizcenter.core.tenancy.MoveOutCommand.ArchiveClientFile;
import io.bizcenter.core.tenancy.MoveOutCommand.AssessDamage;
import io.bizcenter.core.tenancy.MoveOutCommand.CallOff;
import io.bizcenter.core.tenancy.MoveOutCommand.OpenMoveOut;
import io.bizcenter.core.tenancy.MoveOutCommand.RecordMeterReading;
import io.bizcenter.core.tenancy.MoveOutCommand.TakeJointInventory;
import io.bizcenter.core.tenancy.MoveOutCommand.UpdateDirectoryAndNameplate;
import io.bizcenter.core.tenancy.MoveOutCommand.Vacate;
import io.bizcenter.core.tenancy.MoveOutCommand.OnMoveOut;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Tenant move-out (租户退租规程, 第1篇 二), declared once, from the client's decision to leave to the updated Tenant
 * Directory: the joint inventory and the meter (现场清点, MO-2.1 to MO-2.3), the keys (MO-3.3, from key control KY-2.4
 * and KY-3.1), then the departed client's file (MO-3.1, MO-3.2).
 *
 * <p>Decisions where the source is silent, written down here where the code declares them:
 * <ul>
 *   <li>A move-out ends one completed move-in and opens from the renewal visit's "leave" (the desk does it) or directly
 *       by Service for a client that leaves early; one per move-in. It carries the move-in's tenant, units and
 *       acceptance record.
 *   <li>MO-2.1: Service records the joint inventory naming the engineer who counted with it; the form accounts for every
 *       item of the move-in acceptance record once, and for nothing else, each found intact, damaged or missing.
 *   <li>MO-2.2: Engineering reads the meter; of the two copies Engineering keeps one and Service gets the other in
 *       writing.
 *   <li>MO-2.3: Service or Engineering assesses each item found damaged or missing into a compensation in exact CNY,
 *       and charges nothing found intact. The amounts are the assessor's: the source gives no scale.
 *   <li>MO-3.3: the client leaves (the move-out is vacated) once key control says it holds no key of the units: each key
 *       the register lists comes back into the box or is recorded lost through the register's own commands
 *       ({@code center.keys().returnKey} / {@code reportLost}), which charge the compensation of KY-2.4; the move-out
 *       lists those charges on the client's statement and charges nothing itself. The same check stands on the last
 *       step. From then on the tenant no longer occupies the units: key control refuses it their keys, and the units
 *       may be let again.
 *   <li>MO-3.1 and MO-3.2 follow "after move-out" (退租后), in the source's order; updating the Tenant Directory takes
 *       the tenant off it ({@link TenantDirectory}) and completes the move-out.
 *   <li>The client may stay after all: Service calls the move-out off at any step before the client leaves (MO-3.3;
 *       after that the units are free and a stay is a new move-in). Nothing of it is charged: the damage assessed is
 *       the client's to settle with its lease, not the move-out's. The lease watch the departure had ended is watched
 *       again in the same transaction ({@link RenewalVisitProcedure}), so the renewal visit falls due as before; a later
 *       departure opens a new move-out, since one called off does not count as the move-in's move-out.
 * </ul>
 */
public final class MoveOutProcedure {
  /** The name of the procedure in receipts, the audit trail and the agenda. */
  public static final String NAME = "move-outs";

  static final Who SERVICE = Who.anyOf(Seat.in(Department.SERVICE));
  static final Who ENGINEERING = Who.anyOf(Seat.in(Department.ENGINEERING));
  static final Who ASSESSORS = Who.anyOf(Seat.in(Department.SERVICE), Seat.in(Department.ENGINEERING));

  private MoveOutProcedure() {}

  /** The declaration, reading tenancy's records, the move-outs (for the tenant a step holds) and the key register. */
  static ProcedureDefinition<MoveOutState, MoveOutAction, MoveOut, MoveOutCommand> declare(MoveOuts moveOuts, TenancyRecords records,
      KeysHeld keysHeld) {
    return ProcedureDefinition.<MoveOutState, MoveOutAction, MoveOut, MoveOutCommand>declare(NAME, MoveOutState.class, MoveOutAction.class)
        .opens(OPEN_MOVE_OUT, OpenMoveOut.class, LEAVING, SERVICE, "MO-1.1", (opening, step) -> {
          // the guards found the move-in there and complete
          MoveIn moveIn = records.moveIn(step.center(), opening.moveIn()).orElseThrow();
          LocalDate expiry = records.leaseOf(step.center(), moveIn.id()).map(RenewalVisit::leaseExpiry).orElse(moveIn.leaseExpiry());
          return MoveOut.open(opening, moveIn, expiry, step);
        }, moveInCompleted(records), noMoveOutYet(records), moveInKnown(records, OpenMoveOut::moveIn))
        .step(LEAVING, TAKE_JOINT_INVENTORY, TakeJointInventory.class, INVENTORIED, SERVICE, "MO-2.1", MoveOut::takeJointInventory,
            theAcceptanceRecord())
        .step(INVENTORIED, RECORD_METER_READING, RecordMeterReading.class, METER_READ, ENGINEERING, "MO-2.2", MoveOut::recordMeterReading)
        .step(METER_READ, ASSESS_DAMAGE, AssessDamage.class, DAMAGE_ASSESSED, ASSESSORS, "MO-2.3", MoveOut::assessDamage, theDamageFound())
        // what the register charged for the keys not brought back, asked when the client leaves
        .step(DAMAGE_ASSESSED, VACATE, Vacate.class, VACATED, SERVICE, "MO-3.3",
            (moveOut, leaving, step) -> moveOut.vacate(leaving, step,
                keysHeld.lostSince(step.center(), moveOut.tenant(), Set.copyOf(moveOut.units()), moveOut.openedAt())),
            noKeyHeld(keysHeld))
        .step(VACATED, ARCHIVE_CLIENT_FILE, ArchiveClientFile.class, FILE_ARCHIVED, SERVICE, "MO-3.1", MoveOut::archiveClientFile)
        .step(FILE_ARCHIVED, UPDATE_DIRECTORY_AND_NAMEPLATE, UpdateDirectoryAndNameplate.class, COMPLETED, SERVICE, "MO-3.2",
            MoveOut::updateDirectoryAndNameplate, noKeyHeld(keysHeld))
        // the client stays after all: called off at any step before it leaves (MO-1.1)
        .step(LEAVING, CALL_OFF, CallOff.class, CALLED_OFF, SERVICE, "MO-1.1", MoveOut::callOff)
        .step(INVENTORIED, CALL_OFF, CallOff.class, CALLED_OFF, SERVICE, "MO-1.1", MoveOut::callOff)
        .step(METER_READ, CALL_OFF, CallOff.class, CALLED_OFF, SERVICE, "MO-1.1", MoveOut::callOff)
        .step(DAMAGE_ASSESSED, CALL_OFF, CallOff.class, CALLED_OFF, SERVICE, "MO-1.1", MoveOut::callOff)
        // rules that span cases: a move-in is moved out of once (MO-1.1); no key can be cut for the tenant while it leaves
        // (MO-3.3): the tenant is held as key control holds a key holder (Holder.reference()), so the two wait for each other
        .holds("move-out-of-move-in", "MO-1.1", OpenMoveOut.class, opening -> List.of("move-out-of:" + opening.moveIn().value()))
        .holds("tenant-keys", "MO-3.3", Vacate.class, tenantKeys(moveOuts))
        .holds("tenant-keys", "MO-3.3", UpdateDirectoryAndNameplate.class, tenantKeys(moveOuts))
        .finals(COMPLETED, CALLED_OFF)
        .build();
  }

  /** The tenant of the move-out, as key control names it when it holds a key holder (Holder.reference()). */
  private static Function<OnMoveOut, List<String>> tenantKeys(MoveOuts moveOuts) {
    return step -> moveOuts.find(step.center(), step.moveOutId().value()).map(m -> "keys:holder:TENANT:" + m.tenant().value()).toJavaList();
  }

  /** MO-1.1: a move-out ends a completed move-in; an unknown move-in is answered as unknown by the opening. */
  /**
   * A move-out or a lease watch is opened for a move-in of the center: another is answered as an unknown case, exactly
   * as a command on an unknown move-in would be (nothing of another center's cases leaks).
   */
  static <C, K> Guard<C, K> moveInKnown(TenancyRecords records, Function<K, MoveInId> moveIn) {
    return Guard.atStep("the move-in is known", (none, opening, step, rule) -> {
      MoveInId id = moveIn.apply(opening);
      return records.moveIn(step.center(), id).isPresent() ? Option.none() : Option.some(new Rejection.CaseNotFound(MoveInProcedure.NAME, id.value()));
    });
  }

  private static Guard<MoveOut, OpenMoveOut> moveInCompleted(TenancyRecords records) {
    return Guard.of("the move-in is complete", (moveOut, opening, rule) ->
        Option.ofOptional(records.moveIn(opening.center(), opening.moveIn()).filter(m -> m.state() != MoveInState.COMPLETED)
            .map(m -> new TenancyRejection.MoveInNotCompleted(m.id(), m.state(), rule))));
  }

  private static Guard<MoveOut, OpenMoveOut> noMoveOutYet(TenancyRecords records) {
    return Guard.of("one move-out per move-in", (moveOut, opening, rule) ->
        Option.ofOptional(records.moveOutOf(opening.center(), opening.moveIn())
            .map(other -> new TenancyRejection.MoveOutAlreadyOpen(opening.moveIn(), other.id(), rule))));
  }

  /** MO-2.1: every item of the acceptance record once, nothing else. */
  private static Guard<MoveOut, TakeJointInventory> theAcceptanceRecord() {
    return Guard.of("the inventory accounts for the acceptance record", (moveOut, inventory, rule) -> {
      List<String> counted = inventory.lines().stream().map(InventoryLine::item).toList();
      List<String> unaccounted = moveOut.acceptanceRecord().stream().filter(item -> !counted.contains(item)).toList();
      List<String> unknown = counted.stream().filter(item -> !moveOut.acceptanceRecord().contains(item)).toList();
      return unaccounted.isEmpty() && unknown.isEmpty()
          ? Option.none()
          : Option.<Rejection.RuleBroken>some(new TenancyRejection.InventoryDoesNotMatchAcceptanceRecord(unaccounted, unknown, rule));
    });
  }

  /** MO-2.3: each item found damaged or missing assessed once; nothing found intact charged. */
  private static Guard<MoveOut, AssessDamage> theDamageFound() {
    return Guard.of("the compensations match the damage found", (moveOut, assessment, rule) -> {
      List<String> charged = assessment.compensations().stream().map(Compensation::item).toList();
      List<String> damaged = moveOut.damagedItems();
      List<String> unassessed = damaged.stream().filter(item -> !charged.contains(item)).toList();
      List<String> notDamaged = charged.stream().filter(item -> !damaged.contains(item)).toList();
      return unassessed.isEmpty() && notDamaged.isEmpty()
          ? Option.none()
          : Option.<Rejection.RuleBroken>some(new TenancyRejection.CompensationDoesNotMatchDamage(unassessed, notDamaged, rule));
    });
  }

  /**
   * MO-3.3: key control says the client holds no key of the units; also on the last step (MO-3.2). It reads the key
   * register, so it is not a guard on the case alone: a screen is offered the step, and the rejection lists the keys
   * still out.
   */
  private static Guard<MoveOut, MoveOutCommand> noKeyHeld(KeysHeld keysHeld) {
    return Guard.of("the client holds no key of the units", "MO-3.3", (moveOut, command, rule) -> {
      Set<RoomId> units = Set.copyOf(moveOut.units());
      List<HeldKey> held = new ArrayList<>();
      for (HeldKey key : keysHeld.stillHeldBy(moveOut.center(), moveOut.tenant())) {
        if (units.contains(key.room())) {
          held.add(key);
        }
      }
      return held.isEmpty() ? Option.none() : Option.some(new TenancyRejection.KeysStillHeld(held, rule));
    });
  }
}
