package io.bizcenter.testkit.contract;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.Storage;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;

/**
 * The personal-data contract on the in-memory adapter. Its raw search reads every string reachable from the store's
 * fields, not through the ports: what a heap dump of the process would show.
 */
@DisplayName("Personal data on InMemoryStorage")
class InMemoryPersonalDataContractTest extends PersonalDataContract {
  private InMemoryStorage store;

  @Override
  protected Storage newStorage() {
    store = new InMemoryStorage();
    return store;
  }

  @Override
  protected String storedText() {
    StringBuilder text = new StringBuilder();
    walk(store, text, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    return text.toString();
  }

  private static void walk(Object value, StringBuilder text, Set<Object> seen) {
    if (value == null || value instanceof Class<?> || value instanceof Enum<?> || !seen.add(value)) {
      return;
    }
    if (value instanceof String s) {
      text.append(s).append('\n');
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        walk(k, text, seen);
        walk(v, text, seen);
      });
      return;
    }
    if (value instanceof Iterable<?> all) {
      all.forEach(v -> walk(v, text, seen));
      return;
    }
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, text, seen));
      return;
    }
    if (value.getClass().isArray()) {
      if (!value.getClass().getComponentType().isPrimitive()) {
        for (int i = 0; i < Array.getLength(value); i++) {
          walk(Array.get(value, i), text, seen);
        }
      }
      return;
    }
    if (value.getClass().getName().startsWith("java.")) {
      return; // times, numbers, locks: no text of ours inside
    }
    for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        field.setAccessible(true);
        try {
          walk(field.get(value), text, seen);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
  }
}
