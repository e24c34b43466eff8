package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.procedure.Step;
import io.bizcenter.core.tenancy.MoveOutCommand.ArchiveClientFile;
import io.bizcenter.core.tenancy.MoveOutCommand.AssessDamage;
import io.bizcenter.core.tenancy.MoveOutCommand.CallOff;
import io.bizcenter.core.tenancy.MoveOutCommand.RecordMeterReading;
import io.bizcenter.core.tenancy.MoveOutCommand.TakeJointInventory;
import io.bizcenter.core.tenancy.MoveOutCommand.UpdateDirectoryAndNameplate;
import io.bizcenter.core.tenancy.MoveOutCommand.Vacate;
import io.bizcenter.core.tenancy.MoveOutEvent.ClientFileArchived;
import io.bizcenter.core.tenancy.MoveOutEvent.DamageAssessed;
import io.bizcenter.core.tenancy.MoveOutEvent.DirectoryAndNameplateUpdated;
import io.bizcenter.core.tenancy.MoveOutEvent.JointInventoryTaken;
import io.bizcenter.core.tenancy.MoveOutEvent.MoveOutCalledOff;
import io.bizcenter.core.tenancy.MoveOutEvent.MeterReadingRecorded;
import io.bizcenter.core.tenancy.MoveOutEvent.MoveOutOpened;
import io.bizcenter.core.tenancy.MoveOutEvent.Vacated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One tenant's move-out of the units of one move-in, and everything recorded on the way: the joint inventory against the
 * move-in acceptance record, the meter reading in duplicate, the damage charged, the keys that did not come back, the
 * archived file. Immutable; which step may come next is decided by {@link MoveOutProcedure}.
 */
@Value.Immutable
public abstract class MoveOut implements Case<MoveOutState, MoveOut> {
  /** MO-2.2: who keeps a copy of the move-out meter reading (一式二份). */
  public static final List<Department> READING_COPIES = List.of(Department.ENGINEERING, Department.SERVICE);

  @Override
  public abstract MoveOutId id();

  @Override
  public abstract CenterId center();

  @Override
  public abstract long version();

  @Override
  public abstract MoveOutState state();

  @Override
  public abstract Instant stateEnteredAt();

  @Override
  public abstract PolicyVersion policy();

  /** The move-in this move-out ends. */
  public abstract MoveInId moveIn();

  public abstract TenantId tenant();

  public abstract String company();

  public abstract List<RoomId> units();

  /** The equipment handed over at move-in (MI-4.2), which the joint inventory counts (MO-2.1). */
  public abstract List<String> acceptanceRecord();

  /** The last day of the lease term when the move-out opened. */
  public abstract LocalDate leaseExpiry();

  public abstract Instant openedAt();

  public abstract StaffId openedBy();

  public abstract Optional<String> reason();

  public abstract List<InventoryLine> inventory();

  public abstract Optional<StaffId> inventoriedWith();

  public abstract Optional<MeterReading> meterReading();

  /** Who keeps a copy of the meter reading (MO-2.2). */
  public abstract List<Department> readingCopies();

  /** MO-2.3: the damage charged, item by item. */
  public abstract List<Compensation> compensations();

  /** KY-2.4: the keys not brought back, as the key register charged them. */
  public abstract List<KeyCompensation> lostKeys();

  public abstract Optional<Instant> vacatedAt();

  public abstract Optional<String> archive();

  public abstract Optional<Instant> completedAt();

  public static Builder builder() {
    return new Builder();
  }

  /** For adapters that rebuild a stored move-out. */
  public static final class Builder extends ImmutableMoveOut.Builder {}

  @Override
  public MoveOut advancedTo(MoveOutState to, Instant at, PolicyVersion policy) {
    return copy().withState(to).withStateEnteredAt(at).withPolicy(policy).withVersion(version() + 1);
  }

  /** Whether the client has left the units: every key back or recorded lost (MO-3.3); never, if the move-out was called off. */
  public boolean vacated() {
    return state() == MoveOutState.VACATED || state() == MoveOutState.FILE_ARCHIVED || state() == MoveOutState.COMPLETED;
  }

  /** What the client owes for the move-out: the damage (MO-2.3) and the keys it did not bring back (KY-2.4). */
  public Money totalCharges() {
    Money damage = compensations().stream().map(Compensation::amount).reduce(Money.ZERO, Money::plus);
    return lostKeys().stream().map(KeyCompensation::amount).reduce(damage, Money::plus);
  }

  /** The items of the inventory found damaged or missing (MO-2.1), in its order. */
  public List<String> damagedItems() {
    return inventory().stream().filter(l -> l.condition() != ItemCondition.INTACT).map(InventoryLine::item).toList();
  }

  /** MO-1.1: the move-out opens with what it ends: the move-in's tenant, units and acceptance record. */
  static Decision<MoveOut> open(MoveOutCommand.OpenMoveOut c, MoveIn moveIn, LocalDate leaseExpiry, Step<MoveOutState> step) {
    MoveOut opened = builder()
        .id(MoveOutId.of(step.caseId()))
        .center(step.center())
        .version(0)
        .state(step.to())
        .stateEnteredAt(step.at())
        .policy(step.policy())
        .moveIn(moveIn.id())
        .tenant(moveIn.tenant())
        .company(moveIn.company())
        .addAllUnits(moveIn.units())
        .addAllAcceptanceRecord(moveIn.equipment())
        .leaseExpiry(leaseExpiry)
        .openedAt(step.at())
        .openedBy(step.actor().staff())
        .reason(Optional.ofNullable(c.reason()))
        .build();
    return Decision.of(opened, new MoveOutOpened(moveIn.id(), moveIn.tenant(), moveIn.units(), Optional.ofNullable(c.reason())));
  }

  // the steps' decisions, each named in MoveOutProcedure's table beside the step it decides

  Decision<MoveOut> takeJointInventory(TakeJointInventory c, Step<MoveOutState> step) {
    return Decision.of(copy().withInventory(c.lines()).withInventoriedWith(c.engineer()), new JointInventoryTaken(c.engineer(), c.lines()));
  }

  /** MO-2.2: Engineering keeps its copy; Service's goes to it in writing. */
  Decision<MoveOut> recordMeterReading(RecordMeterReading c, Step<MoveOutState> step) {
    ImmutableMoveOut m = copy();
    MeterReading reading = new MeterReading(c.meter(), c.reading(), step.at(), step.actor().staff());
    return Decision.of(m.withMeterReading(reading).withReadingCopies(READING_COPIES), new MeterReadingRecorded(reading, READING_COPIES),
        Notice.to(Department.SERVICE, "MO_METER_READING_COPY", step.clause(), m.id().value(), c.meter(), reading.reading().toPlainString()));
  }

  Decision<MoveOut> assessDamage(AssessDamage c, Step<MoveOutState> step) {
    Money total = c.compensations().stream().map(Compensation::amount).reduce(Money.ZERO, Money::plus);
    return Decision.of(copy().withCompensations(c.compensations()), new DamageAssessed(c.compensations(), total));
  }

  Decision<MoveOut> vacate(Vacate c, Step<MoveOutState> step, List<KeyCompensation> lostKeys) {
    return Decision.of(copy().withLostKeys(lostKeys).withVacatedAt(step.at()), new Vacated(lostKeys));
  }

  Decision<MoveOut> archiveClientFile(ArchiveClientFile c, Step<MoveOutState> step) {
    return Decision.of(copy().withArchive(c.archive()), new ClientFileArchived(c.archive()));
  }

  Decision<MoveOut> updateDirectoryAndNameplate(UpdateDirectoryAndNameplate c, Step<MoveOutState> step) {
    return Decision.of(copy().withCompletedAt(step.at()), new DirectoryAndNameplateUpdated(Optional.ofNullable(c.note())));
  }

  Decision<MoveOut> callOff(CallOff c, Step<MoveOutState> step) {
    return Decision.of(this, new MoveOutCalledOff(c.reason()));
  }

  private ImmutableMoveOut copy() {
    return (ImmutableMoveOut) ImmutableMoveOut.copyOf(this);
  }
}
