package io.bizcenter.json;

import io.bizcenter.core.Procedure;
import io.bizcenter.core.Procedures;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.DomainEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The types on the wire of one procedure, by the procedure's declared name ({@code "complaints"}, {@code "keys"}, ...):
 * its case, its sealed families of commands and events, its states and actions. What a front end or a store needs to
 * read a document of that procedure; every type listed here is mapped by {@link BizCenterJson}. Read off core's
 * descriptors ({@link Procedures}), which are the one list of procedures.
 */
public record ProcedureTypes(String procedure, Class<?> caseType, Class<? extends Command> commands,
    Class<? extends DomainEvent> events, Class<? extends Enum<?>> states, Class<? extends Enum<?>> actions) {

  /** Every procedure of the library, in the order of the README's table: {@link Procedures#ALL}, each as its types. */
  public static final List<ProcedureTypes> ALL = Procedures.ALL.stream().map(ProcedureTypes::of).toList();

  /** The types of a procedure's descriptor: of the library's or of a procedure a vendor added. */
  public static ProcedureTypes of(Procedure<?, ?, ?, ?> procedure) {
    return new ProcedureTypes(procedure.name(), procedure.caseType(), procedure.commands(), procedure.events(), procedure.states(),
        procedure.actions());
  }

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
