package io.bizcenter.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.port.Ids;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Procedures#ALL} is the one list of procedures, so it must be the list the center runs: a declared procedure
 * without a descriptor would be missing from every store, document and test that reads the list, and a descriptor
 * whose store is not the storage's typed store would save its cases where the desk does not look.
 */
class ProceduresTest {
  /** A storage whose every port is a stand-in, the same one on every call, so that stores are told apart by identity. */
  private final Storage storage = standIn(Storage.class, new HashMap<>());

  private final BusinessCenter center = BusinessCenter.builder()
      .storage(storage).notifier(notice -> {}).ids(standIn(Ids.class, new HashMap<>())).clock(Clock.systemUTC()).build();

  @Test
  @DisplayName("every declared procedure has a descriptor and every descriptor a declaration, by name")
  void descriptorsAreTheDeclaredProcedures() {
    assertEquals(center.procedures().stream().map(ProcedureDefinition::name).sorted().toList(),
        Procedures.ALL.stream().map(Procedure::name).sorted().toList());
    assertEquals(Procedures.ALL.size(), Procedures.ALL.stream().map(Procedure::name).distinct().count(), "one descriptor per name");
  }

  @Test
  @DisplayName("each descriptor names the types its declaration runs: states, actions, commands")
  void descriptorsNameTheDeclaredTypes() {
    for (ProcedureDefinition<?, ?, ?, ?> definition : center.procedures()) {
      Procedure<?, ?, ?, ?> descriptor = Procedures.named(definition.name()).orElseThrow();
      assertSame(definition, descriptor.declaredIn(center));
      for (Object state : definition.states()) {
        assertTrue(descriptor.states().isInstance(state), () -> definition.name() + ": state " + state + " is not a " + descriptor.states());
      }
      for (Transition<?, ?, ?, ?> t : definition.transitions()) {
        assertTrue(descriptor.actions().isInstance(t.action()), () -> definition.name() + ": action " + t.action() + " is not a " + descriptor.actions());
        assertTrue(descriptor.states().isInstance(t.to()), () -> definition.name() + ": state " + t.to() + " is not a " + descriptor.states());
        // a step of the legacy form names no command type (until every procedure is converted)
        assertTrue(t.command() == null || descriptor.commands().isAssignableFrom(t.command()),
            () -> definition.name() + ": step " + t.action() + " is triggered by " + t.command() + ", not a " + descriptor.commands());
      }
      assertEquals(descriptor.packageName(), descriptor.rejections().getPackageName(), definition.name() + ": its rejections' family");
      caseArgument(descriptor.caseType(), 0).ifPresent(states -> assertEquals(descriptor.states(), states, definition.name() + ": the case's states"));
    }
  }

  @Test
  @DisplayName("each descriptor's store is the storage's typed store of its cases, and every typed store has a descriptor")
  void descriptorsStoreInTheTypedStores() {
    Map<Class<?>, Object> typedStores = new LinkedHashMap<>();
    for (Method port : Storage.class.getMethods()) {
      if (port.getParameterCount() == 0 && CaseStore.class.isAssignableFrom(port.getReturnType())) {
        typedStores.put(storedCase(port.getReturnType()), invoke(port));
      }
    }
    for (Procedure<?, ?, ?, ?> p : Procedures.ALL) {
      assertTrue(typedStores.containsKey(p.caseType()), () -> "Storage has no typed store of " + p.caseType().getSimpleName());
      assertSame(typedStores.get(p.caseType()), p.storeIn(storage), () -> p.name() + "'s store");
      assertSame(typedStores.get(p.caseType()), p.typedStoreIn(storage).orElseThrow(), () -> p.name() + "'s typed store");
    }
    assertEquals(typedStores.keySet(), Procedures.ALL.stream().map(Procedure::caseType).collect(Collectors.toSet()),
        "every typed store of Storage has a descriptor");
  }

  private Object invoke(Method port) {
    try {
      return port.invoke(storage);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The case type a store keeps: the argument of its {@code CaseStore<C>}. */
  private static Class<?> storedCase(Class<?> store) {
    for (Type type : store.getGenericInterfaces()) {
      if (type instanceof ParameterizedType p && p.getRawType() == CaseStore.class) {
        return (Class<?>) p.getActualTypeArguments()[0];
      }
      if (type instanceof Class<?> c && CaseStore.class.isAssignableFrom(c)) {
        return storedCase(c);
      }
    }
    throw new AssertionError(store + " is no CaseStore of a case type");
  }

  /** The {@code index}th type argument of the case type's {@code Case<S, C>}. */
  private static java.util.Optional<Type> caseArgument(Class<?> caseType, int index) {
    return Arrays.stream(caseType.getGenericInterfaces())
        .filter(t -> t instanceof ParameterizedType p && p.getRawType() == io.bizcenter.core.kernel.Case.class)
        .map(t -> ((ParameterizedType) t).getActualTypeArguments()[index])
        .findFirst();
  }

  @SuppressWarnings("unchecked")
  private static <T> T standIn(Class<T> port, Map<Method, Object> ports) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.getName().equals("toString") ? "stand-in " + port.getSimpleName() : method.getName().equals("hashCode")
            ? System.identityHashCode(proxy) : proxy == args[0];
      }
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      if (port == Storage.class && method.getReturnType().isInterface()) {
        return ports.computeIfAbsent(method, m -> standIn(m.getReturnType(), new HashMap<>()));
      }
      throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName() + " is not used to list the declarations");
    };
    return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler);
  }
}
