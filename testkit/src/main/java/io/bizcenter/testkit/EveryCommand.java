package io.bizcenter.testkit;

import io.bizcenter.core.Procedure;
import io.bizcenter.core.Procedures;
import io.bizcenter.core.kernel.CaseId;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Every command record of every procedure, found by walking the sealed families, and a generator of any of them with
 * anything in any field: a plain function of a {@link RandomGenerator} that needs no change when a command is added.
 * It complements the per-procedure {@code arbitrary} generators, which know each command's fields but not every command.
 */
public final class EveryCommand {
  /** The sealed family of each procedure's commands, one per procedure, from the descriptors ({@link Procedures#ALL}). */
  public static final List<Class<? extends Command>> FAMILIES = Procedures.ALL.stream().<Class<? extends Command>>map(Procedure::commands)
      .toList();

  /** Where a record's leaves come from: every component that is not itself a record, a list, a set or an optional. */
  public interface Values {
    /** The value of component {@code name} of {@code owner}, of class {@code type}; null is allowed. */
    Object leaf(Class<?> owner, String name, Class<?> type);

    /** Whether the record, list or optional in component {@code name} of {@code owner} is left null. */
    default boolean leftOut(Class<?> owner, String name) {
      return false;
    }

    /** How many elements a list or set in component {@code name} gets. */
    default int size(Class<?> owner, String name) {
      return 1;
    }
  }

  private EveryCommand() {}

  /** Every command record of {@code family}, its sub-families walked down to the records, in declaration order. */
  public static List<Class<? extends Command>> recordsOf(Class<? extends Command> family) {
    List<Class<? extends Command>> records = new ArrayList<>();
    collect(family, records);
    return List.copyOf(records);
  }

  /** Every command record of every procedure. */
  public static List<Class<? extends Command>> records() {
    return FAMILIES.stream().flatMap(f -> recordsOf(f).stream()).distinct().toList();
  }

  @SuppressWarnings("unchecked")
  private static void collect(Class<?> type, List<Class<? extends Command>> records) {
    if (type.isRecord()) {
      if (!records.contains(type)) {
        records.add((Class<? extends Command>) type);
      }
      return;
    }
    Class<?>[] permitted = type.getPermittedSubclasses();
    if (permitted == null) {
      throw new IllegalArgumentException(type.getName() + " is neither a record nor a sealed interface");
    }
    Arrays.stream(permitted).forEach(sub -> collect(sub, records));
  }

  /** A record of {@code type} with every component made from {@code values}: records, lists and optionals built around them. */
  public static <R> R build(Class<R> type, Values values) {
    return type.cast(record(type, values));
  }

  /** {@code command} under another command id: a generator's command, numbered as the test that sends it needs. */
  public static <C extends Command> C withCommandId(C command, CommandId id) {
    Class<?> type = command.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        arguments[i] = types[i] == CommandId.class ? id : components[i].getAccessor().invoke(command);
      }
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      @SuppressWarnings("unchecked")
      C copy = (C) canonical.newInstance(arguments);
      return copy;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot renumber " + type.getName(), e);
    }
  }

  /** What becomes of each text of a record: {@code owner}'s component {@code name} held {@code text}. */
  @FunctionalInterface
  public interface Rewording {
    String reword(Class<?> owner, String name, String text);
  }

  /**
   * {@code command} with every text in it, its nested records' and lists' too, as {@code rewording} answers: the same
   * command with other wording, say awkward text in every free-text field. Ids are kept.
   */
  public static <C extends Command> C reworded(C command, Rewording rewording) {
    @SuppressWarnings("unchecked")
    C copy = (C) reword(command, rewording);
    return copy;
  }

  private static Object reword(Object value, Rewording rewording) {
    if (value == null || !value.getClass().isRecord() || isLeafRecord(value.getClass()) && !isPersonal(value.getClass())) {
      return value;
    }
    Class<?> type = value.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        Object part = components[i].getAccessor().invoke(value);
        arguments[i] = reworded(type, components[i].getName(), part, rewording);
      }
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException refused) {
        throw refused;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot reword " + type.getName(), e);
    }
  }

  private static Object reworded(Class<?> owner, String name, Object part, Rewording rewording) {
    if (part instanceof String text) {
      return rewording.reword(owner, name, text);
    }
    if (part instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(element -> copy.add(reworded(owner, name, element, rewording)));
      return copy;
    }
    if (part instanceof Optional<?> optional) {
      return optional.map(element -> reworded(owner, name, element, rewording));
    }
    return reword(part, rewording);
  }

  /** Names are text a clerk types; phone and identity numbers have a form of their own, and ids are kept. */
  private static boolean isPersonal(Class<?> type) {
    return type == PersonName.class;
  }

  /**
   * A command of {@code type} with anything in any field: nulls, hostile text ({@link Texts#hostile}, a million
   * characters now and then), impossible numbers and instants, ids of the cases in {@code knownIds} or of none, any
   * of {@code centers}. A field combination the record itself refuses to hold is drawn again.
   */
  public static <C extends Command> C arbitrary(RandomGenerator random, Class<C> type, List<CenterId> centers, List<String> knownIds) {
    RuntimeException refused = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        // some commands are hostile in every field, some in one or two: those get past the checks of form to the rules
        int hostility = Actors.pick(random, 3, 20, 60);
        return build(type, new Arbitrary(random, centers, knownIds, hostility));
      } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
        refused = e;
      }
    }
    throw new IllegalStateException("no " + type.getSimpleName() + " could be built", refused);
  }

  /** A command of any type of any procedure, each type as likely as any other: see {@link #arbitrary(RandomGenerator, Class, List, List)}. */
  public static Command arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds) {
    List<Class<? extends Command>> all = AllRecords.ALL;
    return arbitrary(random, all.get(random.nextInt(all.size())), centers, knownIds);
  }

  private static final class AllRecords {
    static final List<Class<? extends Command>> ALL = records();
  }

  private static Object record(Class<?> type, Values values) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      arguments[i] = value(type, components[i].getName(), components[i].getGenericType(), values);
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(arguments);
    } catch (InvocationTargetException e) {
      // the record's own checks refused these values
      if (e.getCause() instanceof RuntimeException refused) {
        throw refused;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getName(), e);
    }
  }

  private static Object value(Class<?> owner, String name, Type generic, Values values) {
    Class<?> raw = raw(generic);
    if (raw.isRecord() && !isLeafRecord(raw)) {
      return values.leftOut(owner, name) ? null : nested(() -> record(raw, values));
    }
    if (raw == List.class || raw == java.util.Set.class) {
      if (values.leftOut(owner, name)) {
        return null;
      }
      Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
      List<Object> elements = new ArrayList<>();
      for (int i = values.size(owner, name); i > 0; i--) {
        elements.add(value(owner, name, element, values));
      }
      return raw == List.class ? elements : new HashSet<>(elements);
    }
    if (raw == Optional.class) {
      if (values.leftOut(owner, name)) {
        return null;
      }
      Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
      return Optional.ofNullable(value(owner, name, element, values));
    }
    return values.leaf(owner, name, raw);
  }

  private interface Build {
    Object get();
  }

  /** A nested record its own checks refuse is left null, as a front end could send it. */
  private static Object nested(Build build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      return null;
    }
  }

  /** Ids and the kernel's personal data are single-text records: the {@link Values} make them whole. */
  private static boolean isLeafRecord(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    return components.length == 1 && (components[0].getType() == String.class || components[0].getType() == BigDecimal.class);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("unsupported component type " + type);
  }

  /** Anything in any field; see {@link EveryCommand#arbitrary(RandomGenerator, Class, List, List)}. */
  private static final class Arbitrary implements Values {
    private static final List<Instant> INSTANTS = List.of(Instant.MIN, Instant.MAX, Instant.EPOCH, Instant.parse("2199-12-31T23:30:00Z"));
    private final RandomGenerator random;
    private final List<CenterId> centers;
    private final List<String> knownIds;
    /** The chance, in percent, that a field holds something hostile rather than something plausible. */
    private final int hostility;

    Arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds, int hostility) {
      this.random = random;
      this.centers = centers;
      this.knownIds = knownIds;
      this.hostility = hostility;
    }

    private boolean hostile() {
      return random.nextInt(100) < hostility;
    }

    @Override
    public boolean leftOut(Class<?> owner, String name) {
      return hostile() && random.nextInt(4) == 0;
    }

    @Override
    public int size(Class<?> owner, String name) {
      return random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
    }

    @Override
    public Object leaf(Class<?> owner, String name, Class<?> type) {
      if (type == boolean.class) {
        return random.nextBoolean();
      }
      if (type == int.class) {
        return hostile()
            ? Actors.pick(random, -1, 0, 100_000, 100_001, Integer.MIN_VALUE, Integer.MAX_VALUE)
            : Actors.pick(random, 1, 2, 3, 7, 12, 30);
      }
      if (type == long.class) {
        return Actors.pick(random, -1L, 0L, 1L, Long.MIN_VALUE, Long.MAX_VALUE);
      }
      boolean hostile = hostile();
      if (hostile && random.nextInt(5) == 0) {
        return null;
      }
      if (type == CommandId.class) {
        return CommandId.of(hostile && random.nextInt(4) == 0 ? Texts.hostile(random, 120) : "cmd-" + Long.toUnsignedString(random.nextLong(), 36));
      }
      if (type == CenterId.class) {
        return hostile && random.nextInt(4) == 0 ? CenterId.of(Texts.hostile(random, 70)) : centers.get(random.nextInt(centers.size()));
      }
      if (type == PhoneNumber.class && !hostile) {
        return PhoneNumber.of("139" + (10_000_000 + random.nextInt(89_999_999)));
      }
      if (type.isRecord() && isLeafRecord(type)) {
        Class<?> inner = type.getRecordComponents()[0].getType();
        Object value;
        if (inner == BigDecimal.class) {
          value = decimal();
        } else if (CaseId.class.isAssignableFrom(type) && !knownIds.isEmpty() && random.nextInt(4) != 0) {
          value = knownIds.get(random.nextInt(knownIds.size()));
        } else {
          value = hostile ? Texts.hostile(random, 70) : Texts.awkward(random, 20, false);
        }
        return nested(() -> single(type, inner, value));
      }
      if (type == String.class) {
        return hostile ? Texts.hostile(random, Actors.pick(random, 20, 70, 110, 1100, 2100)) : Texts.awkward(random, 1 + random.nextInt(40), false);
      }
      if (type.isEnum()) {
        Object[] constants = type.getEnumConstants();
        return constants[random.nextInt(constants.length)];
      }
      if (type == Integer.class) {
        return leaf(owner, name, int.class);
      }
      if (type == Instant.class) {
        return hostile
            ? INSTANTS.get(random.nextInt(INSTANTS.size()))
            : Instant.parse("2026-03-02T01:00:00Z").plus(Duration.ofMinutes(30L * (random.nextInt(2000) - 100)));
      }
      if (type == LocalDate.class) {
        return hostile ? LocalDate.ofEpochDay(random.nextInt(200_000) - 50_000) : LocalDate.of(2026, 1 + random.nextInt(12), 1);
      }
      if (type == BigDecimal.class) {
        return decimal();
      }
      if (type == Duration.class) {
        return Duration.ofMinutes(random.nextInt(100_000) - 10);
      }
      // an interface or class the generator does not know: nothing, as a front end that left it out
      return null;
    }

    private BigDecimal decimal() {
      return switch (random.nextInt(6)) {
        case 0 -> new BigDecimal("-" + random.nextInt(1000));
        case 1 -> new BigDecimal("1E+12");
        case 2 -> BigDecimal.valueOf(random.nextLong(), 7);
        default -> BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(3));
      };
    }

    private static Object single(Class<?> type, Class<?> inner, Object value) {
      try {
        Constructor<?> canonical = type.getDeclaredConstructor(inner);
        canonical.setAccessible(true);
        return canonical.newInstance(value);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException refused) {
          throw refused;
        }
        throw new IllegalStateException(e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
