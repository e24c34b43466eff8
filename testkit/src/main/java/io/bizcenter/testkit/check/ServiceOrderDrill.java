package io.bizcenter.testkit.check;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.core.services.ServiceCode;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderAction;
import io.bizcenter.core.services.ServiceOrderCommand;
import io.bizcenter.core.services.ServiceOrderId;
import io.bizcenter.core.services.ServiceOrderState;
import io.bizcenter.core.services.StandardService;
import io.bizcenter.testkit.ServiceCommands;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Clients' service orders of the service procedure (SV-2), driven through {@link ServiceCommands}: orders book the
 * register's devices, now and then over an internal use's slot (clients come first, SV-2.5), and are assigned to staff
 * whose skills the vendor's {@link Configuration#staffSkills()} knows.
 */
public final class ServiceOrderDrill extends Drill<ServiceOrderState, ServiceOrderAction, ServiceOrder, ServiceOrderCommand> {
  /** A service of the source's catalogue that each of the commonest kinds of device serves, for orders over an internal use. */
  private static final Map<EquipmentKind, ServiceCode> SERVES = Map.of(EquipmentKind.PRINTER, ServiceCode.of(StandardService.PRINTING),
      EquipmentKind.FAX, ServiceCode.of(StandardService.TELECOM), EquipmentKind.COMPUTER, ServiceCode.of(StandardService.EQUIPMENT_RENTAL));

  private final List<StaffId> assignees;

  /** Orders assigned to {@code assignees}: name staff with and without the skills the services need (SV-2.1). */
  public ServiceOrderDrill(List<StaffId> assignees) {
    super(Shapes.CENTER.services().orderDefinition());
    this.assignees = List.copyOf(assignees);
    if (this.assignees.isEmpty()) {
      throw new IllegalArgumentException("an order is assigned to someone: name at least one member of staff");
    }
  }

  /** Orders assigned to {@code bc-operator}, {@code bc-translator} or {@code bc-novice}. */
  public ServiceOrderDrill() {
    this(List.of(StaffId.of("bc-operator"), StaffId.of("bc-translator"), StaffId.of("bc-novice")));
  }

  @Override
  protected ProcedureDefinition<ServiceOrderState, ServiceOrderAction, ServiceOrder, ServiceOrderCommand> definitionIn(BusinessCenter center) {
    return center.services().orderDefinition();
  }

  @Override
  protected CaseStore<ServiceOrder> cases(Storage storage) {
    return storage.serviceOrders();
  }

  @Override
  protected Either<Rejection, ServiceOrder> send(BusinessCenter center, ServiceOrderCommand command, Actor actor) {
    return center.services().handle(command, actor);
  }

  @Override
  protected Either<Rejection, List<ServiceOrderAction>> offered(BusinessCenter center, Actor actor, CenterId where, String caseId) {
    return center.services().availableActions(actor, where, ServiceOrderId.of(caseId));
  }

  /** An order on one of the center's devices (now and then none, or one nobody registered); mostly over an internal use, when one is pending. */
  @Override
  protected ServiceOrderCommand opening(RandomGenerator random, CenterId center, Storage storage, Instant now) {
    List<DeviceId> devices = storage.equipment().all(center).stream().map(Device::id).toList();
    ServiceOrderCommand.TakeOrder take = ServiceCommands.takeOrder(random, center, devices, assignees, now);
    List<InternalUse> pending = storage.internalUses().all(center).stream()
        .filter(u -> u.state() == InternalUseState.APPLIED || u.state() == InternalUseState.APPROVED).toList();
    if (pending.isEmpty() || random.nextInt(3) == 0) {
      return take;
    }
    // an approved use more often than not: it has gone further, and giving way costs its department more
    List<InternalUse> approved = pending.stream().filter(u -> u.state() == InternalUseState.APPROVED).toList();
    List<InternalUse> from = approved.isEmpty() || random.nextInt(3) == 0 ? pending : approved;
    InternalUse use = from.get(random.nextInt(from.size()));
    ServiceCode service = storage.equipment().find(center, use.device().value()).toJavaOptional().map(Device::kind).map(SERVES::get)
        .orElse(take.service());
    return new ServiceOrderCommand.TakeOrder(take.commandId(), center, take.client(), service, take.quantity(), take.requirements(),
        use.application().slot(), use.device(), take.assignee());
  }

  @Override
  protected ServiceOrderCommand commandFor(RandomGenerator random, ServiceOrder current, ServiceOrderAction action, Storage storage, Instant now) {
    if (action == ServiceOrderAction.TAKE_ORDER) {
      return opening(random, current.center(), storage, now);
    }
    return ServiceCommands.onOrder(random, current.center(), current.id(), Optional.of(current), action);
  }

  @Override
  protected ServiceOrderCommand arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds, Instant now) {
    return Shapes.arbitrary(random, centers, knownIds, ServiceOrderCommand.class);
  }

  @Override
  protected List<Actor> staff(RandomGenerator random, CenterId center) {
    return Shapes.serviceStaff(random, center);
  }

  @Override
  protected Duties<ServiceOrder> dutiesIn(BusinessCenter center) {
    return center.services().orderDuties();
  }

  /** SV-2.5, clients first: an order that books a device makes every use applied or approved for an overlapping time give way. */
  @Override
  protected List<KnockOn> knockOn(ServiceOrderCommand command, Storage storage) {
    if (!(command instanceof ServiceOrderCommand.TakeOrder take) || take.center() == null || take.device() == null || take.slot() == null) {
      return List.of();
    }
    return storage.internalUses().all(take.center()).stream()
        .filter(u -> u.state() == InternalUseState.APPLIED || u.state() == InternalUseState.APPROVED)
        .filter(u -> u.device().equals(take.device()) && u.application().slot().overlaps(take.slot()))
        .map(u -> new KnockOn("internal-uses", take.center(), u.id().value()))
        .toList();
  }

  @Override
  protected int weight(ServiceOrderAction action) {
    return action == ServiceOrderAction.CANCEL ? 1 : 10;
  }
}
