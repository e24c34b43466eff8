package io.bizcenter.json;

import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PhoneNumber;
import io.vavr.control.Validation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Asks core's own check of a command what it demands of each field, so that a schema says the same as the check with no
 * second copy of a limit: a command is built with plain values, then with one field changed (a text far too long, null,
 * a space in it, a line break), and the field errors the check adds tell the field's path, its limit, whether it is
 * required, and which alphabet it takes.
 */
final class Probe {
  /** Longer than any field of any command may be: the check's TOO_LONG names the field's own limit. */
  private static final int TOO_LONG = 100_000;

  private final Class<? extends Command> command;
  private final Set<FieldError> plain;
  private final Set<FieldError> plainFalse;

  Probe(Class<? extends Command> command) {
    this.command = command;
    this.plain = errors(null, null, null, true);
    this.plainFalse = errors(null, null, null, false);
  }

  /** What the check says of one field: its path in field errors, its limit, and its demands. */
  record Demands(String path, Integer max, boolean required, boolean id, boolean singleLine, boolean phone) {}

  /** The demands on component {@code name} of {@code owner} (the command or a record inside it) of type {@code type}. */
  Demands of(Class<?> owner, String name, Class<?> type, String fallbackPath) {
    // every desk checks these two of every command before the command's own check (CasePath)
    if (owner == command && name.equals("commandId")) {
      return new Demands(name, Command.COMMAND_ID_LENGTH, true, true, true, false);
    }
    if (owner == command && name.equals("center")) {
      return new Demands(name, Command.CENTER_LENGTH, true, true, true, false);
    }
    // required whatever the command's yes-or-no fields say: a reply is missing only when the apology is in writing
    Set<FieldError> missing = added(owner, name, Null.NULL, true);
    missing.retainAll(added(owner, name, Null.NULL, false));
    String path = fallbackPath;
    Integer max = null;
    boolean id = false;
    boolean singleLine = false;
    boolean phone = false;
    if (type == String.class || ValueRecords.isValue(type)) {
      for (FieldError e : added(owner, name, text(type, "a".repeat(TOO_LONG)))) {
        if (e.problem() == FieldError.Problem.TOO_LONG && !e.arguments().isEmpty() && e.arguments().get(0) instanceof Integer limit) {
          path = e.field();
          max = limit;
        }
      }
      id = type != PhoneNumber.class && added(owner, name, text(type, "a b")).stream().anyMatch(e -> e.problem() == FieldError.Problem.MALFORMED);
      singleLine = added(owner, name, text(type, "a\nb")).stream().anyMatch(e -> e.problem() == FieldError.Problem.CONTROL_CHARACTER);
      phone = type == PhoneNumber.class;
    }
    String at = path;
    boolean required = missing.stream().anyMatch(e -> e.problem() == FieldError.Problem.MISSING && (e.field().equals(at) || e.field().equals(fallbackPath)));
    return new Demands(path, max, required, id, singleLine, phone);
  }

  private Set<FieldError> added(Class<?> owner, String name, Object value) {
    return added(owner, name, value, true);
  }

  private Set<FieldError> added(Class<?> owner, String name, Object value, boolean truth) {
    Set<FieldError> errors = errors(owner, name, value, truth);
    errors.removeAll(truth ? plain : plainFalse);
    return errors;
  }

  /** The field errors of the command built plainly, but for {@code value} in every component {@code name} of {@code owner}. */
  private Set<FieldError> errors(Class<?> owner, String name, Object value, boolean truth) {
    Object built = build(command, owner, name, value, truth);
    if (built == null) {
      return new HashSet<>();
    }
    try {
      Validation<?, ?> checked = (Validation<?, ?>) command.getMethod("check").invoke(built);
      Set<FieldError> errors = new HashSet<>();
      if (checked.isInvalid()) {
        for (Object e : (Iterable<?>) checked.getError()) {
          errors.add((FieldError) e);
        }
      }
      return errors;
    } catch (InvocationTargetException refused) {
      // a check that cannot judge such a value at all says nothing about the field
      return new HashSet<>();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot check a " + command.getSimpleName(), e);
    }
  }

  /** Null, as an override distinct from no override. */
  private enum Null { NULL }

  private static Object text(Class<?> type, String text) {
    return type == String.class ? text : make(type, text);
  }

  /** A plain command (or record) of {@code type}, with {@code value} in component {@code name} of {@code owner}. */
  static Object build(Class<?> type, Class<?> owner, String name, Object value) {
    return build(type, owner, name, value, true);
  }

  /** As above, every yes-or-no field {@code truth}. */
  static Object build(Class<?> type, Class<?> owner, String name, Object value, boolean truth) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      if (type == owner && components[i].getName().equals(name)) {
        arguments[i] = value == Null.NULL ? (types[i] == Optional.class ? Optional.empty() : null) : wrapped(types[i], value);
        if (arguments[i] == null && types[i].isPrimitive()) {
          return null;
        }
      } else {
        arguments[i] = plain(components[i].getGenericType(), owner, name, value, truth);
      }
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(arguments);
    } catch (InvocationTargetException refused) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
    }
  }

  /** A value for a list, set or optional component goes in as its one element. */
  private static Object wrapped(Class<?> component, Object value) {
    if (component == List.class && !(value instanceof List)) {
      return List.of(value);
    }
    if (component == Set.class && !(value instanceof Set)) {
      return Set.of(value);
    }
    if (component == Optional.class && !(value instanceof Optional)) {
      return Optional.of(value);
    }
    return value;
  }

  private static Object plain(Type generic, Class<?> owner, String name, Object value, boolean truth) {
    Class<?> raw = raw(generic);
    if (raw == List.class || raw == Set.class || raw == Optional.class) {
      Object element = plain(((ParameterizedType) generic).getActualTypeArguments()[0], owner, name, value, truth);
      if (raw == Optional.class) {
        return Optional.ofNullable(element);
      }
      return element == null ? List.of() : raw == List.class ? List.of(element) : Set.of(element);
    }
    if (raw == String.class) {
      return "a";
    }
    if (ValueRecords.isValue(raw)) {
      return make(raw, raw == PhoneNumber.class ? "13987654321" : "a");
    }
    if (raw == Money.class) {
      return Money.yuan("1.00");
    }
    if (raw == BigDecimal.class) {
      return BigDecimal.ONE;
    }
    if (raw == int.class || raw == Integer.class) {
      return 1;
    }
    if (raw == long.class || raw == Long.class) {
      return 1L;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return truth;
    }
    if (raw == Instant.class) {
      return Instant.parse("2026-03-02T01:00:00Z");
    }
    if (raw == LocalDate.class) {
      return LocalDate.parse("2026-03-02");
    }
    if (raw == LocalDateTime.class) {
      return LocalDateTime.parse("2026-03-02T09:00");
    }
    if (raw == Duration.class) {
      return Duration.ofMinutes(30);
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    }
    if (raw.isRecord()) {
      return build(raw, owner, name, value, truth);
    }
    return null;
  }

  static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static Object make(Class<?> type, String text) {
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(String.class);
      canonical.setAccessible(true);
      return canonical.newInstance(text);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }
}
