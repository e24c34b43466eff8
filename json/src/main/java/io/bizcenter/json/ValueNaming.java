package io.bizcenter.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AccessorNamingStrategy;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.DefaultAccessorNamingStrategy;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;

/**
 * Lets Jackson read and write core's Immutables values without any annotation in core: a value's properties are
 * exactly its abstract accessors ({@code state()}, not {@code getState()}), and its builder sets them by the same
 * names, collections through a strict builder's {@code addAllX}. A record's properties are exactly its components,
 * so a method such as {@code Money.isZero()} is not taken for a property that could not be read back. Everything else
 * (enums) is Jackson's default.
 */
final class ValueNaming extends DefaultAccessorNamingStrategy.Provider {
  private static final long serialVersionUID = 1L;

  @Override
  public AccessorNamingStrategy forPOJO(MapperConfig<?> config, AnnotatedClass target) {
    Class<?> value = valueType(target.getRawType());
    return value == null ? super.forPOJO(config, target) : new Attributes(value);
  }

  @Override
  public AccessorNamingStrategy forBuilder(MapperConfig<?> config, AnnotatedClass builder, BeanDescription valueType) {
    Class<?> value = valueType(valueType.getBeanClass());
    return value == null ? super.forBuilder(config, builder, valueType) : new Attributes(value);
  }

  @Override
  public AccessorNamingStrategy forRecord(MapperConfig<?> config, AnnotatedClass recordClass) {
    return new DefaultAccessorNamingStrategy.RecordNaming(config, recordClass) {
      @Override
      public String findNameForIsGetter(AnnotatedMethod method, String name) {
        return null;
      }

      @Override
      public String findNameForRegularGetter(AnnotatedMethod method, String name) {
        return method.getParameterCount() == 0 && isComponent(recordClass.getRawType(), name) ? name : null;
      }
    };
  }

  private static boolean isComponent(Class<?> record, String name) {
    for (RecordComponent component : record.getRecordComponents()) {
      if (component.getName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The abstract value type a class is or implements (an abstract class with abstract accessors), or null. */
  static Class<?> valueType(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (Modifier.isAbstract(c.getModifiers()) && !c.isInterface() && declaresAttributes(c)) {
        return c;
      }
    }
    return null;
  }

  private static boolean declaresAttributes(Class<?> c) {
    for (Method m : c.getDeclaredMethods()) {
      if (isAttribute(m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAttribute(Method m) {
    return Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() != void.class;
  }

  private static final class Attributes extends AccessorNamingStrategy.Base {
    private final Class<?> value;

    Attributes(Class<?> value) {
      this.value = value;
    }

    private boolean isAttribute(String name) {
      for (Method m : value.getDeclaredMethods()) {
        if (m.getName().equals(name) && ValueNaming.isAttribute(m)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String findNameForRegularGetter(AnnotatedMethod method, String name) {
      return method.getParameterCount() == 0 && isAttribute(name) ? name : null;
    }

    @Override
    public String findNameForIsGetter(AnnotatedMethod method, String name) {
      return null;
    }

    @Override
    public String findNameForMutator(AnnotatedMethod method, String name) {
      if (method.getParameterCount() != 1) {
        return null;
      }
      if (isAttribute(name)) {
        return name;
      }
      if (name.startsWith("addAll") && name.length() > 6) {
        String attribute = Character.toLowerCase(name.charAt(6)) + name.substring(7);
        return isAttribute(attribute) ? attribute : null;
      }
      return null;
    }
  }
}
