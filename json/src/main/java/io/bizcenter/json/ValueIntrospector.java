package io.bizcenter.json;

import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Finds the public {@code Builder} of core's abstract value types, and settles the builder's overloads: an
 * optional attribute is set through {@code x(Optional)} (so a null in the document means empty), a collection
 * through {@code addAllX(Iterable)}.
 */
final class ValueIntrospector extends JacksonAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  @Override
  public Class<?> findPOJOBuilder(AnnotatedClass type) {
    Class<?> raw = type.getRawType();
    if (ValueNaming.valueType(raw) == raw) {
      for (Class<?> nested : raw.getDeclaredClasses()) {
        if (nested.getSimpleName().equals("Builder") && Modifier.isPublic(nested.getModifiers()) && Modifier.isStatic(nested.getModifiers())) {
          return nested;
        }
      }
    }
    return super.findPOJOBuilder(type);
  }

  @Override
  public AnnotatedMethod resolveSetterConflict(MapperConfig<?> config, AnnotatedMethod one, AnnotatedMethod other) {
    for (Class<?> preferred : new Class<?>[] {Optional.class, Iterable.class}) {
      if (preferred.isAssignableFrom(one.getRawParameterType(0))) {
        return one;
      }
      if (preferred.isAssignableFrom(other.getRawParameterType(0))) {
        return other;
      }
    }
    return super.resolveSetterConflict(config, one, other);
  }
}
