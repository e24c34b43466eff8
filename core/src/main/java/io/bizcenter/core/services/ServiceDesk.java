package io.bizcenter.core.services;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.procedure.CasePath;
import io.bizcenter.core.procedure.DeskPorts;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.services.InternalUseCommand.GiveWayToClient;
import io.vavr.control.Either;
import java.util.List;
import java.util.function.Function;

/**
 * Business-center services for a vendor's code (SV): the equipment register, clients' service orders and internal
 * use. Each of the three {@code handle} methods takes any command of its procedure (each record of {@link DeviceCommand},
 * {@link ServiceOrderCommand} and {@link InternalUseCommand} is a step of the source) and answers the case after the step
 * or the typed rejection that says why not. Every command takes the same path ({@link CasePath}); the catalogue and fees
 * are the center's {@link ServicePolicy}, staff skills the vendor's {@link StaffSkills}.
 */
public final class ServiceDesk {
  private final CasePath<DeviceState, DeviceAction, Device, DeviceCommand> equipment;
  private final CasePath<ServiceOrderState, ServiceOrderAction, ServiceOrder, ServiceOrderCommand> orders;
  private final CasePath<InternalUseState, InternalUseAction, InternalUse, InternalUseCommand> uses;
  private final Bookings bookings;
  private final DeskPorts ports;
  private final Function<CenterId, ServicePolicy> policies;

  public ServiceDesk(EquipmentRegister register, ServiceOrders serviceOrders, InternalUses internalUses, DeskPorts ports,
      Function<CenterId, ServicePolicy> policies, StaffSkills skills) {
    this.bookings = new Bookings(register, serviceOrders, internalUses);
    this.ports = ports;
    this.policies = policies;
    this.equipment = new CasePath<>(new EquipmentRules(bookings, policies, ports.clock()), register, ports);
    this.orders = new CasePath<>(new ServiceOrderRules(bookings, skills, policies), serviceOrders, ports);
    this.uses = new CasePath<>(new InternalUseRules(bookings, policies), internalUses, ports);
  }

  // ---- the equipment register (SV-1.1, SV-1.2)

  /** Carries out one command of the equipment register ({@code new RegisterDevice(...)}, {@code new ReportFault(...)}). */
  public Either<Rejection, Device> handle(DeviceCommand command, Actor actor) {
    return equipment.handle(command, actor);
  }

  // ---- clients' service orders (SV-2.1 to SV-2.4)

  /**
   * Carries out one command of a client's order ({@code new TakeOrder(...)}, {@code new Settle(...)}).
   *
   * <p>SV-2.2 and SV-2.5: taking an order, in the same transaction every internal use applied or approved for an
   * overlapping time on the same device gives way to it (clients come first), its department told in writing. If
   * any of that is refused, nothing is written. Sent again with the same command id, the order is answered as before
   * and nothing more gives way.
   */
  public Either<Rejection, ServiceOrder> handle(ServiceOrderCommand command, Actor actor) {
    // the declaration names the step a command triggers; a command missing is the path's INVALID_INPUT
    boolean takesOrder = command != null && orders.definition().actionOf(command) == ServiceOrderAction.TAKE_ORDER;
    return takesOrder
        ? ports.transactions().inTransaction(() -> orders.handle(command, actor).flatMap(order -> giveWay(order, actor)))
        : orders.handle(command, actor);
  }

  private Either<Rejection, ServiceOrder> giveWay(ServiceOrder order, Actor actor) {
    // as stored now, not as first answered: a repeat of an order since cancelled displaces nothing
    ServiceOrder current = bookings.order(order.center(), order.id().value()).orElse(order);
    if (current.holds().isEmpty()) {
      return Either.right(order);
    }
    for (InternalUse use : bookings.givingWayTo(order.center(), current.device().orElseThrow(), current.slot())) {
      // derived from the two ids, so a repeat of the whole command finds its own receipt rather than a second step
      CommandId id = CommandId.of("give-way:" + use.id().value() + ":" + order.id().value());
      Either<Rejection, InternalUse> gaveWay = uses.handle(new GiveWayToClient(id, order.center(), use.id(), order.id()), actor);
      if (gaveWay.isLeft()) {
        return Either.left(gaveWay.getLeft());
      }
    }
    return Either.right(order);
  }

  // ---- internal use (SV-2.5)

  /** Carries out one command of internal use ({@code new ApplyForUse(...)}, {@code new ApproveUse(...)}). */
  public Either<Rejection, InternalUse> handle(InternalUseCommand command, Actor actor) {
    return uses.handle(command, actor);
  }

  // ---- reading

  /** The center's catalogue (SV-3.1) for an actor of that center; nothing for anyone else. */
  public List<ServiceItem> catalogue(Actor actor, CenterId center) {
    return actor == null || !actor.worksFor(center) ? List.of() : List.copyOf(policies.apply(center).catalogue().offered());
  }

  public Either<Rejection, Device> device(Actor actor, CenterId center, DeviceId id) {
    return equipment.find(actor, center, id == null ? null : id.value());
  }

  public Either<Rejection, ServiceOrder> order(Actor actor, CenterId center, ServiceOrderId id) {
    return orders.find(actor, center, id == null ? null : id.value());
  }

  public Either<Rejection, InternalUse> internalUse(Actor actor, CenterId center, InternalUseId id) {
    return uses.find(actor, center, id == null ? null : id.value());
  }

  /** What this actor may do on the device now (GS-3). */
  public Either<Rejection, List<DeviceAction>> availableActions(Actor actor, CenterId center, DeviceId id) {
    return equipment.availableActions(actor, center, id == null ? null : id.value());
  }

  public Either<Rejection, List<ServiceOrderAction>> availableActions(Actor actor, CenterId center, ServiceOrderId id) {
    return orders.availableActions(actor, center, id == null ? null : id.value());
  }

  public Either<Rejection, List<InternalUseAction>> availableActions(Actor actor, CenterId center, InternalUseId id) {
    return uses.availableActions(actor, center, id == null ? null : id.value());
  }

  /** A case's audit trail (GS-6). */
  public Either<Rejection, List<AuditEntry>> trail(Actor actor, CenterId center, DeviceId id) {
    return equipment.trail(actor, center, id == null ? null : id.value());
  }

  public Either<Rejection, List<AuditEntry>> trail(Actor actor, CenterId center, ServiceOrderId id) {
    return orders.trail(actor, center, id == null ? null : id.value());
  }

  public Either<Rejection, List<AuditEntry>> trail(Actor actor, CenterId center, InternalUseId id) {
    return uses.trail(actor, center, id == null ? null : id.value());
  }

  public ProcedureDefinition<DeviceState, DeviceAction, Device, DeviceCommand> equipmentDefinition() {
    return equipment.definition();
  }

  public ProcedureDefinition<ServiceOrderState, ServiceOrderAction, ServiceOrder, ServiceOrderCommand> orderDefinition() {
    return orders.definition();
  }

  public ProcedureDefinition<InternalUseState, InternalUseAction, InternalUse, InternalUseCommand> internalUseDefinition() {
    return uses.definition();
  }

  /** What a device owes the agenda under the center's policies (GS-7): its maintenance, or its repair. */
  public Duties<Device> equipmentDuties() {
    return equipment.duties();
  }

  /** What a service order owes the agenda under the center's policies (GS-7). */
  public Duties<ServiceOrder> orderDuties() {
    return orders.duties();
  }

  /** What an internal use owes the agenda under the center's policies (GS-7). */
  public Duties<InternalUse> internalUseDuties() {
    return uses.duties();
  }

  /** The three declarations of the service procedure. */
  public List<ProcedureDefinition<?, ?, ?, ?>> definitions() {
    return List.of(equipmentDefinition(), orderDefinition(), internalUseDefinition());
  }
}
