package io.bizcenter.json;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintEvent;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractAction;
import io.bizcenter.core.contracts.ContractCommand;
import io.bizcenter.core.contracts.ContractEvent;
import io.bizcenter.core.contracts.ContractState;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyEvent;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingAction;
import io.bizcenter.core.meetings.MeetingCommand;
import io.bizcenter.core.meetings.MeetingEvent;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceAction;
import io.bizcenter.core.services.DeviceCommand;
import io.bizcenter.core.services.DeviceEvent;
import io.bizcenter.core.services.DeviceState;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseAction;
import io.bizcenter.core.services.InternalUseCommand;
import io.bizcenter.core.services.InternalUseEvent;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderAction;
import io.bizcenter.core.services.ServiceOrderCommand;
import io.bizcenter.core.services.ServiceOrderEvent;
import io.bizcenter.core.services.ServiceOrderState;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInCommand;
import io.bizcenter.core.tenancy.MoveInEvent;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutAction;
import io.bizcenter.core.tenancy.MoveOutCommand;
import io.bizcenter.core.tenancy.MoveOutEvent;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitAction;
import io.bizcenter.core.tenancy.RenewalVisitCommand;
import io.bizcenter.core.tenancy.RenewalVisitEvent;
import io.bizcenter.core.tenancy.RenewalVisitState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The types on the wire of one procedure, by the procedure's declared name ({@code "complaints"}, {@code "keys"}, ...):
 * its case, its sealed families of commands and events, its states and actions. What a front end or a store needs to
 * read a document of that procedure; every type listed here is mapped by {@link BizCenterJson}.
 */
public record ProcedureTypes(String procedure, Class<?> caseType, Class<? extends Command> commands,
    Class<? extends DomainEvent> events, Class<? extends Enum<?>> states, Class<? extends Enum<?>> actions) {

  /** Every procedure of the library, in the order of the README's table. */
  public static final List<ProcedureTypes> ALL = List.of(
      new ProcedureTypes("complaints", Complaint.class, ComplaintCommand.class, ComplaintEvent.class, ComplaintState.class, ComplaintAction.class),
      new ProcedureTypes("equipment", Device.class, DeviceCommand.class, DeviceEvent.class, DeviceState.class, DeviceAction.class),
      new ProcedureTypes("service-orders", ServiceOrder.class, ServiceOrderCommand.class, ServiceOrderEvent.class, ServiceOrderState.class,
          ServiceOrderAction.class),
      new ProcedureTypes("internal-uses", InternalUse.class, InternalUseCommand.class, InternalUseEvent.class, InternalUseState.class,
          InternalUseAction.class),
      new ProcedureTypes("meetings", Meeting.class, MeetingCommand.class, MeetingEvent.class, MeetingState.class, MeetingAction.class),
      new ProcedureTypes("keys", Key.class, KeyCommand.class, KeyEvent.class, KeyState.class, KeyAction.class),
      new ProcedureTypes("contracts", Contract.class, ContractCommand.class, ContractEvent.class, ContractState.class, ContractAction.class),
      new ProcedureTypes("move-ins", MoveIn.class, MoveInCommand.class, MoveInEvent.class, MoveInState.class, MoveInAction.class),
      new ProcedureTypes("renewal-visits", RenewalVisit.class, RenewalVisitCommand.class, RenewalVisitEvent.class, RenewalVisitState.class,
          RenewalVisitAction.class),
      new ProcedureTypes("move-outs", MoveOut.class, MoveOutCommand.class, MoveOutEvent.class, MoveOutState.class, MoveOutAction.class));

  /** The types of the procedure declared as {@code procedure}, if the library has it. */
  public static Optional<ProcedureTypes> of(String procedure) {
    return ALL.stream().filter(p -> p.procedure().equals(procedure)).findFirst();
  }

  /** Every command record of this procedure, the sealed family walked down to its records. */
  public List<Class<? extends Command>> commandRecords() {
    List<Class<? extends Command>> records = new ArrayList<>();
    walk(commands, records);
    return List.copyOf(records);
  }

  /**
   * Which command record to send for each of this procedure's actions, as the commands themselves say
   * ({@link CommandSchema#actions}): what a front end fills when a person presses the button of an available action.
   * An action no command asks for (none today) is absent.
   */
  public Map<Enum<?>, Class<? extends Command>> commandsByAction() {
    Map<Enum<?>, Class<? extends Command>> byAction = new LinkedHashMap<>();
    for (Class<? extends Command> record : commandRecords()) {
      CommandSchema.actions(record).forEach(action -> byAction.putIfAbsent(action, record));
    }
    Map<Enum<?>, Class<? extends Command>> inOrder = new LinkedHashMap<>();
    Arrays.stream(actions.getEnumConstants()).filter(byAction::containsKey).forEach(a -> inOrder.put(a, byAction.get(a)));
    return inOrder;
  }

  /** Every event record of this procedure by its stored type name ({@link DomainEvent#type()}: the simple name). */
  public Map<String, Class<? extends DomainEvent>> eventRecords() {
    Map<String, Class<? extends DomainEvent>> byName = new LinkedHashMap<>();
    for (Class<?> type : events.getPermittedSubclasses()) {
      byName.put(type.getSimpleName(), type.asSubclass(DomainEvent.class));
    }
    return byName;
  }

  /**
   * A command's name on the wire, such as {@code ComplaintCommand.Triage}: its family and its own name, which alone
   * would not be unique across procedures.
   */
  public static String commandName(Class<? extends Command> record) {
    Class<?> outer = record.getEnclosingClass();
    return outer == null ? record.getSimpleName() : outer.getSimpleName() + "." + record.getSimpleName();
  }

  /** The command record named {@code name} (see {@link #commandName}), of any procedure. */
  public static Optional<Class<? extends Command>> command(String name) {
    return ALL.stream().flatMap(p -> p.commandRecords().stream()).filter(c -> commandName(c).equals(name)).findFirst();
  }

  /** The procedure a command record belongs to. */
  public static Optional<ProcedureTypes> ofCommand(Class<?> record) {
    return ALL.stream().filter(p -> p.commands().isAssignableFrom(record)).findFirst();
  }

  @SuppressWarnings("unchecked")
  private static void walk(Class<?> type, List<Class<? extends Command>> records) {
    if (type.isRecord()) {
      if (!records.contains(type)) {
        records.add((Class<? extends Command>) type);
      }
      return;
    }
    Class<?>[] permitted = type.getPermittedSubclasses();
    if (permitted != null) {
      Arrays.stream(permitted).forEach(sub -> walk(sub, records));
    }
  }
}
