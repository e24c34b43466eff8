package io.bizcenter.testkit.check;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceAction;
import io.bizcenter.core.services.DeviceCommand;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.DeviceState;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.testkit.ServiceCommands;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** The equipment register of the service procedure (SV-1), driven through {@link ServiceCommands}. */
public final class EquipmentDrill extends Drill<DeviceState, DeviceAction, Device, DeviceCommand> {
  private static final EquipmentKind[] COMMON = {EquipmentKind.PRINTER, EquipmentKind.FAX, EquipmentKind.COMPUTER};

  public EquipmentDrill() {
    super(Shapes.CENTER.services().equipmentDefinition());
  }

  @Override
  protected ProcedureDefinition<DeviceState, DeviceAction, Device, DeviceCommand> definitionIn(BusinessCenter center) {
    return center.services().equipmentDefinition();
  }

  @Override
  protected CaseStore<Device> cases(Storage storage) {
    return storage.equipment();
  }

  @Override
  protected Either<Rejection, Device> send(BusinessCenter center, DeviceCommand command, Actor actor) {
    return center.services().handle(command, actor);
  }

  @Override
  protected Either<Rejection, List<DeviceAction>> offered(BusinessCenter center, Actor actor, CenterId where, String caseId) {
    return center.services().availableActions(actor, where, DeviceId.of(caseId));
  }

  /** Mostly a printer, a fax or a computer, which most services use; now and then any kind. */
  @Override
  protected DeviceCommand opening(RandomGenerator random, CenterId center, Storage storage, Instant now) {
    EquipmentKind[] kinds = random.nextInt(4) == 0 ? EquipmentKind.values() : COMMON;
    return ServiceCommands.registerDevice(random, center, kinds[random.nextInt(kinds.length)]);
  }

  @Override
  protected DeviceCommand commandFor(RandomGenerator random, Device current, DeviceAction action, Storage storage, Instant now) {
    return ServiceCommands.onDevice(random, current.center(), current.id(), action);
  }

  @Override
  protected DeviceCommand arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds, Instant now) {
    return Shapes.arbitrary(random, centers, knownIds, DeviceCommand.class);
  }

  @Override
  protected List<Actor> staff(RandomGenerator random, CenterId center) {
    return Shapes.serviceStaff(random, center);
  }

  @Override
  protected Duties<Device> dutiesIn(BusinessCenter center) {
    return center.services().equipmentDuties();
  }

  /**
   * The import of a building's register (GS-6) is driven by testkit's ImportContract on every store, not by this drill,
   * whose runs create the equipment they use.
   */
  @Override
  protected Set<DeviceAction> notDrilled() {
    return EnumSet.of(DeviceAction.IMPORT);
  }

  /** Faults and retirements are rarer than upkeep, so that devices spend most of their time in service. */
  @Override
  protected int weight(DeviceAction action) {
    return switch (action) {
      case RETIRE -> 1;
      case REPORT_FAULT -> 4;
      default -> 10;
    };
  }
}
