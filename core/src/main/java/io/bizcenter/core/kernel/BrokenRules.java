package io.bizcenter.core.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads a broken rule's code and message arguments off its record, so that each record states only its data. */
final class BrokenRules {
  // a record's name as a code, and the accessors of its arguments: worked out once per kind of rejection
  private static final ClassValue<String> CODES = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      return family(type) + "_" + type.getSimpleName()
          .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
          .replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
          .toUpperCase(Locale.ROOT);
    }
  };
  private static final ClassValue<List<Method>> ARGUMENTS = new ClassValue<>() {
    @Override
    protected List<Method> computeValue(Class<?> type) {
      if (!type.isRecord()) {
        throw new IllegalStateException(type.getName() + " is a rejection but not a record: it must name its own arguments");
      }
      return Arrays.stream(type.getRecordComponents())
          .filter(component -> component.getType() != Clause.class)
          .map(RecordComponent::getAccessor)
          .peek(accessor -> accessor.setAccessible(true))
          .toList();
    }
  };

  private BrokenRules() {}

  static String code(Rejection.RuleBroken rejection) {
    return CODES.get(rejection.getClass());
  }

  /** The record's own {@link RuleFamily}, or its family interface's. */
  private static String family(Class<?> type) {
    RuleFamily own = type.getAnnotation(RuleFamily.class);
    if (own != null) {
      return own.value();
    }
    for (Class<?> family : type.getInterfaces()) {
      RuleFamily declared = family.getAnnotation(RuleFamily.class);
      if (declared != null) {
        return declared.value();
      }
    }
    throw new IllegalStateException(type.getName() + " is a broken rule of no @RuleFamily: its code cannot be named");
  }

  static List<Object> arguments(Rejection.RuleBroken rejection) {
    List<Method> accessors = ARGUMENTS.get(rejection.getClass());
    List<Object> arguments = new ArrayList<>(accessors.size());
    for (Method accessor : accessors) {
      arguments.add(shown(read(accessor, rejection)));
    }
    return List.copyOf(arguments);
  }

  /** An id ({@code RoomId}, {@code MoveInId}: a record of one text named value) is shown as its text; anything else as it is. */
  private static Object shown(Object argument) {
    if (argument instanceof Record id) {
      Optional<Method> text = IDS.get(id.getClass());
      if (text.isPresent()) {
        return read(text.get(), id);
      }
    }
    return argument;
  }

  private static Object read(Method accessor, Object owner) {
    try {
      return accessor.invoke(owner);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor + " of a rejection", e);
    }
  }

  // the accessor of an id's text, or null for a record that is not an id
  private static final ClassValue<Optional<Method>> IDS = new ClassValue<>() {
    @Override
    protected Optional<Method> computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      if (components == null || components.length != 1 || !components[0].getName().equals("value") || components[0].getType() != String.class) {
        return Optional.empty();
      }
      Method accessor = components[0].getAccessor();
      accessor.setAccessible(true);
      return Optional.of(accessor);
    }
  };
}
