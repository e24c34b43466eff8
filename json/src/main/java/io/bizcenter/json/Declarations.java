package io.bizcenter.json;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Procedure;
import io.bizcenter.core.Storage;
import io.bizcenter.core.keys.Tenancies;
import io.bizcenter.core.procedure.ProcedureDefinition;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The library's declarations, read for which action a command asks for: each step names the command type that
 * triggers it (issue 18). They are read off a business center bound to no store, whose guards and decisions never run
 * here: only the tables' shape is asked.
 */
final class Declarations {
  private static final BusinessCenter CENTER = BusinessCenter.builder()
      .storage(nowhere(Storage.class))
      .notifier(notice -> {
        throw new UnsupportedOperationException("the shape of a declaration sends no notice");
      })
      .ids(() -> {
        throw new UnsupportedOperationException("the shape of a declaration makes no case");
      })
      .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
      .tenancies(Tenancies.NONE)
      .build();

  private Declarations() {}

  /** The declaration of {@code procedure}, as a center bound to no store holds it. */
  static ProcedureDefinition<?, ?, ?, ?> of(Procedure<?, ?, ?, ?> procedure) {
    return procedure.declaredIn(CENTER);
  }

  /** A store of which every part refuses to be read: the declarations hold it but never run. */
  private static <T> T nowhere(Class<T> type) {
    return type.cast(Proxy.newProxyInstance(Declarations.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.getName().equals("toString") ? "nowhere" : method.getName().equals("hashCode") ? 0 : proxy == args[0];
      }
      if (type == Storage.class && method.getReturnType().isInterface()) {
        return nowhere(method.getReturnType());
      }
      throw new UnsupportedOperationException("the shape of a declaration has no store: " + method.getName());
    }));
  }
}
