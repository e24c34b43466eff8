package io.bizcenter.core.privacy;

import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Finds and replaces personal data in any value the library keeps (a case, an event, a receipt's answer) by its type:
 * {@link PersonName}, {@link PhoneNumber} and {@link IdentityNumber} wherever they sit, and free text (every other
 * {@code String}). It walks records, Immutables values, lists, sets, maps and optionals; anything else is a leaf. No
 * procedure keeps a list of where its personal data is: a new field of one of these types is found the day it is added.
 */
final class PersonalValues {
  /** What to do with what the walk meets: a personal value (one of the three types) and a free text. */
  interface Rewriting {
    Object personal(Object value);

    String text(String text);
  }

  private static final Map<Class<?>, List<Attribute>> IMMUTABLES = new ConcurrentHashMap<>();

  private PersonalValues() {}

  static boolean isPersonal(Object value) {
    return value instanceof PersonName || value instanceof PhoneNumber || value instanceof IdentityNumber;
  }

  /** Every personal value in {@code root}, in the order met. */
  static List<Object> in(Object root) {
    List<Object> found = new ArrayList<>();
    rewrite(root, new Rewriting() {
      @Override
      public Object personal(Object value) {
        found.add(value);
        return value;
      }

      @Override
      public String text(String text) {
        return text;
      }
    });
    return found;
  }

  /** Every free text in {@code root} (every string but those inside a personal value), in the order met. */
  static List<String> texts(Object root) {
    List<String> found = new ArrayList<>();
    rewrite(root, new Rewriting() {
      @Override
      public Object personal(Object value) {
        return value;
      }

      @Override
      public String text(String text) {
        found.add(text);
        return text;
      }
    });
    return found;
  }

  /** The parts of a record, each optional one unwrapped (absent: left out). */
  static List<Object> parts(Record record) {
    List<Object> parts = new ArrayList<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Method accessor = component.getAccessor();
      accessor.setAccessible(true);
      Object part = invoke(accessor, record);
      if (part instanceof Optional<?> optional) {
        optional.ifPresent(parts::add);
      } else if (part != null) {
        parts.add(part);
      }
    }
    return parts;
  }

  /** Every value of type {@code type} in {@code root} (a tenant id, say), in the order met; personal values are not entered. */
  static <T> List<T> ofType(Object root, Class<T> type) {
    List<T> found = new ArrayList<>();
    walk(root, value -> {
      if (type.isInstance(value)) {
        found.add(type.cast(value));
      }
      return value;
    }, new Rewriting() {
      @Override
      public Object personal(Object value) {
        return value;
      }

      @Override
      public String text(String text) {
        return text;
      }
    });
    return found;
  }

  /**
   * {@code root} with each personal value and each free text replaced as {@code rewriting} says; the same object when
   * nothing changed, so that an unchanged case is not written again.
   */
  @SuppressWarnings("unchecked")
  static <T> T rewrite(T root, Rewriting rewriting) {
    return (T) walk(root, UnaryOperator.identity(), rewriting);
  }

  private static Object walk(Object value, UnaryOperator<Object> seen, Rewriting rewriting) {
    if (value == null) {
      return null;
    }
    seen.apply(value);
    if (isPersonal(value)) {
      return rewriting.personal(value);
    }
    if (value instanceof String text) {
      return rewriting.text(text);
    }
    if (value instanceof Optional<?> optional) {
      if (optional.isEmpty()) {
        return optional;
      }
      Object inner = walk(optional.get(), seen, rewriting);
      return inner == optional.get() ? optional : Optional.of(inner);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      boolean changed = false;
      for (Object element : list) {
        Object next = walk(element, seen, rewriting);
        changed |= next != element;
        out.add(next);
      }
      return changed ? List.copyOf(out) : list;
    }
    if (value instanceof Set<?> set) {
      Set<Object> out = new LinkedHashSet<>();
      boolean changed = false;
      for (Object element : set) {
        Object next = walk(element, seen, rewriting);
        changed |= next != element;
        out.add(next);
      }
      return changed ? Set.copyOf(out) : set;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      boolean changed = false;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Object key = walk(e.getKey(), seen, rewriting);
        Object next = walk(e.getValue(), seen, rewriting);
        changed |= key != e.getKey() || next != e.getValue();
        out.put(key, next);
      }
      return changed ? Map.copyOf(out) : map;
    }
    if (value instanceof Collection<?> || value.getClass().isEnum() || value.getClass().getName().startsWith("java.")) {
      return value;
    }
    if (value.getClass().isRecord()) {
      return record(value, seen, rewriting);
    }
    List<Attribute> attributes = IMMUTABLES.computeIfAbsent(value.getClass(), PersonalValues::attributes);
    Object out = value;
    for (Attribute a : attributes) {
      Object before = invoke(a.read(), out);
      Object after = walk(before, seen, rewriting);
      if (after != before) {
        out = invoke(a.write(), out, after);
      }
    }
    return out;
  }

  private static Object record(Object value, UnaryOperator<Object> seen, Rewriting rewriting) {
    RecordComponent[] components = value.getClass().getRecordComponents();
    Object[] parts = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean changed = false;
    for (int i = 0; i < components.length; i++) {
      Method accessor = components[i].getAccessor();
      accessor.setAccessible(true);
      Object before = invoke(accessor, value);
      parts[i] = walk(before, seen, rewriting);
      types[i] = components[i].getType();
      changed |= parts[i] != before;
    }
    if (!changed) {
      return value;
    }
    try {
      var constructor = value.getClass().getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(parts);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild a " + value.getClass().getSimpleName() + " with its personal data replaced", e);
    }
  }

  /** An attribute of an Immutables value: its accessor and the {@code withX} copy method that takes the whole value. */
  private record Attribute(Method read, Method write) {}

  /** The attributes of a class Immutables generated (its {@code withX} methods); none for any other class. */
  private static List<Attribute> attributes(Class<?> type) {
    List<Attribute> attributes = new ArrayList<>();
    for (Method with : type.getDeclaredMethods()) {
      if (!with.getName().startsWith("with") || with.getName().length() == 4 || with.getParameterCount() != 1
          || Modifier.isStatic(with.getModifiers()) || with.isVarArgs()) {
        continue;
      }
      String name = Character.toLowerCase(with.getName().charAt(4)) + with.getName().substring(5);
      try {
        Method read = type.getMethod(name);
        // of the overloads (Optional or element, Iterable or varargs), the one that takes the accessor's own type
        if (with.getParameterTypes()[0].isAssignableFrom(read.getReturnType()) && with.getReturnType().isAssignableFrom(type)) {
          read.setAccessible(true);
          with.setAccessible(true);
          attributes.add(new Attribute(read, with));
        }
      } catch (NoSuchMethodException e) {
        // a with-method that is not an attribute's copy: not ours to call
      }
    }
    return List.copyOf(attributes);
  }

  private static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + method, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot copy a " + target.getClass().getSimpleName() + " with its personal data replaced", e.getCause());
    }
  }
}
