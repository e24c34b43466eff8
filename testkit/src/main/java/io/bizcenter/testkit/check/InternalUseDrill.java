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
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseAction;
import io.bizcenter.core.services.InternalUseCommand;
import io.bizcenter.core.services.InternalUseId;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderId;
import io.bizcenter.core.services.Slot;
import io.bizcenter.testkit.ServiceCommands;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Internal use of the center's equipment by the other departments (SV-2.5), driven through {@link ServiceCommands}. */
public final class InternalUseDrill extends Drill<InternalUseState, InternalUseAction, InternalUse, InternalUseCommand> {
  public InternalUseDrill() {
    super(Shapes.CENTER.services().internalUseDefinition());
  }

  @Override
  protected ProcedureDefinition<InternalUseState, InternalUseAction, InternalUse, InternalUseCommand> definitionIn(BusinessCenter center) {
    return center.services().internalUseDefinition();
  }

  @Override
  protected CaseStore<InternalUse> cases(Storage storage) {
    return storage.internalUses();
  }

  @Override
  protected Either<Rejection, InternalUse> send(BusinessCenter center, InternalUseCommand command, Actor actor) {
    return center.services().handle(command, actor);
  }

  @Override
  protected Either<Rejection, List<InternalUseAction>> offered(BusinessCenter center, Actor actor, CenterId where, String caseId) {
    return center.services().availableActions(actor, where, InternalUseId.of(caseId));
  }

  @Override
  protected InternalUseCommand opening(RandomGenerator random, CenterId center, Storage storage, Instant now) {
    List<DeviceId> devices = storage.equipment().all(center).stream().map(Device::id).toList();
    return ServiceCommands.applyForUse(random, center, devices, now);
  }

  /** Giving way names a client order: mostly one on the use's device and time, if there is one (SV-2.5). */
  @Override
  protected InternalUseCommand commandFor(RandomGenerator random, InternalUse current, InternalUseAction action, Storage storage, Instant now) {
    if (action == InternalUseAction.APPLY) {
      return opening(random, current.center(), storage, now);
    }
    List<ServiceOrder> orders = storage.serviceOrders().all(current.center());
    Slot slot = current.application().slot();
    List<ServiceOrder> clashing = orders.stream()
        .filter(o -> o.device().equals(Optional.of(current.device())) && o.holds().isPresent() && o.holds().get().overlaps(slot)).toList();
    List<ServiceOrder> from = clashing.isEmpty() || random.nextInt(5) == 0 ? orders : clashing;
    ServiceOrderId order = from.isEmpty() ? ServiceOrderId.of("none") : from.get(random.nextInt(from.size())).id();
    return ServiceCommands.onUse(random, current.center(), current.id(), action, order);
  }

  @Override
  protected InternalUseCommand arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds, Instant now) {
    return Shapes.arbitrary(random, centers, knownIds, InternalUseCommand.class);
  }

  @Override
  protected List<Actor> staff(RandomGenerator random, CenterId center) {
    return Shapes.serviceStaff(random, center);
  }

  @Override
  protected Duties<InternalUse> dutiesIn(BusinessCenter center) {
    return center.services().internalUseDuties();
  }

  @Override
  protected int weight(InternalUseAction action) {
    return switch (action) {
      case REFUSE, WITHDRAW -> 2;
      default -> 10;
    };
  }
}
