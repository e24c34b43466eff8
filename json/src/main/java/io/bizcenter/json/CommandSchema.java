package io.bizcenter.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Procedure;
import io.bizcenter.core.Procedures;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.port.Ids;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON Schema (draft 2020-12) of one command record, generated from the record: what a front end sends for it,
 * with titles in zh-CN and en ({@code title} in the language asked for, both under {@code x-bizcenter-titles}), required
 * fields, formats, enums with their labels ({@code x-bizcenter-labels}), and the length and pattern limits of core's own
 * check. Those limits have one source, the check itself: the schema is made by asking it what it refuses (see
 * {@link Probe}), so a schema cannot allow what core refuses for being too long, missing or of the wrong alphabet, and
 * each text names the field core's errors name ({@code x-bizcenter-field}). Rules across fields (an end after its
 * start, a reply when in writing) stay core's alone.
 */
public final class CommandSchema {
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private CommandSchema() {}

  /** The schema of {@code command}, its {@code title}s in {@code locale} and in both languages under {@code x-bizcenter-titles}. */
  public static ObjectNode of(Class<? extends Command> command, Locale locale) {
    return new SchemaWriter(locale).command(command);
  }

  /**
   * The actions a command record can ask for: the one its plain form asks for, and those its enum fields choose among,
   * at any depth, and its yes-or-no fields (a triage asks for "within remit", "outside remit" or "hard case" by its remit; a key cut asks for the
   * master key, a door key or a furniture key by its lock's category).
   */
  public static Set<Enum<?>> actions(Class<? extends Command> command) {
    List<Enum<?>> actions = new ArrayList<>();
    add(actions, Probe.build(command, null, null, null));
    add(actions, Probe.build(command, null, null, null, false));   // a follow-up asks "solved" or "unsolved" by its yes or no
    for (EnumField field : enumFields(command, new ArrayList<>())) {
      for (Object constant : field.type().getEnumConstants()) {
        add(actions, Probe.build(command, field.owner(), field.name(), constant));
      }
    }
    return new LinkedHashSet<>(actions);
  }

  /** An enum component {@code name} of record {@code owner}, somewhere inside a command. */
  private record EnumField(Class<?> owner, String name, Class<?> type) {}

  private static List<EnumField> enumFields(Class<?> record, List<Class<?>> seen) {
    List<EnumField> fields = new ArrayList<>();
    if (seen.contains(record)) {
      return fields;
    }
    seen.add(record);
    for (RecordComponent component : record.getRecordComponents()) {
      Class<?> type = component.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element
          ? element : component.getType();
      if (type.isEnum()) {
        fields.add(new EnumField(record, component.getName(), type));
      } else if (type.isRecord()) {
        fields.addAll(enumFields(type, seen));
      }
    }
    return fields;
  }

  private static void add(List<Enum<?>> actions, Object command) {
    if (command == null) {
      return;
    }
    try {
      Optional<Enum<?>> declared = Declarations.actionOf(command);
      if (declared.isPresent()) {
        actions.add(declared.get());
        return;
      }
    } catch (RuntimeException undefined) {
      // a declaration's chooser reads the command's fields (a triage's remit): a probe without them asks for nothing
      return;
    }
    // a procedure whose table does not name its commands yet: the command names its action
    try {
      actions.add((Enum<?>) command.getClass().getMethod("action").invoke(command));
    } catch (NoSuchMethodException declared) {
      // a command of the one design names no action: its procedure's declaration says which it asks for
      Procedures.ALL.stream().filter(p -> p.commands().isInstance(command)).findFirst()
          .map(p -> declaredAction(p, (Command) command)).ifPresent(actions::add);
    } catch (ReflectiveOperationException undefined) {
      // some commands name their action only once their fields are good: nothing to add from this one
    }
  }

  /** The action {@code command} asks for by its procedure's declaration; null where its fields are not yet good enough to tell. */
  private static <M extends Command> Enum<?> declaredAction(Procedure<?, ?, ?, M> procedure, Command command) {
    try {
      return procedure.declaredIn(Declarations.CENTER).actionOf(procedure.commands().cast(command));
    } catch (RuntimeException unchecked) {
      return null;
    }
  }

  /**
   * Every declaration, as a center without stores runs it: which action a command asks for reads none. Built on first
   * use, by the holder idiom.
   */
  private static final class Declarations {
    static final BusinessCenter CENTER = BusinessCenter.builder().storage(standIn(Storage.class)).notifier(notice -> {})
        .ids(standIn(Ids.class)).clock(Clock.systemUTC()).build();

    /** A port that hands out stand-ins for the ports it holds and refuses everything else. */
    @SuppressWarnings("unchecked")
    private static <T> T standIn(Class<T> port) {
      return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
        if (method.getDeclaringClass() == Object.class) {
          return method.getName().equals("toString") ? "stand-in " + port.getSimpleName()
              : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : proxy == args[0];
        }
        if (port == Storage.class && method.getReturnType().isInterface()) {
          return standIn(method.getReturnType());
        }
        throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName() + ": a declaration reads no store");
      });
    }
  }
}
