package io.bizcenter.testkit.check;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.keys.Tenancies;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.bizcenter.testkit.ServiceCommands;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The shape of the declarations a center binds to its own stores, skills and policies (so each run reads the bound one,
 * {@link Drill#definitionIn}), and what the three drills of the service procedure (SV) share.
 */
final class Shapes {
  /** A center on no store at all, only for the tables' shape: states, actions, seats and clauses (its guards are never run). */
  static final BusinessCenter CENTER = BusinessCenter.builder().storage(nowhere(Storage.class)).notifier(new RecordingNotifier())
      .ids(new SequentialIds("shape")).clock(new ManualClock(Instant.EPOCH)).tenancies(Tenancies.NONE).build();
  /** The departments that use the center's equipment for work, and apply for it (SV-2.5). */
  static final List<Department> USERS = List.of(Department.BUSINESS_CENTER, Department.FINANCE, Department.ENGINEERING, Department.SECURITY);

  private Shapes() {}

  /** A store of which every part refuses to be read: the shape's guards hold it but never run. */
  private static <T> T nowhere(Class<T> type) {
    return type.cast(Proxy.newProxyInstance(Shapes.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.getName().equals("toString") ? "nowhere" : method.getName().equals("hashCode") ? 0 : proxy == args[0];
      }
      if (type == Storage.class && method.getReturnType().isInterface()) {
        return nowhere(method.getReturnType());
      }
      throw new UnsupportedOperationException("the shape of a declaration has no store: " + method.getName());
    }));
  }

  /** Arbitrary input of one of the three procedures: {@link ServiceCommands#arbitrary} drawn until it is one of {@code type}. */
  static <M extends Command> M arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds, Class<M> type) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      Command any = ServiceCommands.arbitrary(random, centers, knownIds);
      if (type.isInstance(any)) {
        return type.cast(any);
      }
    }
    throw new IllegalStateException("no arbitrary " + type.getSimpleName() + " in 1000 draws");
  }

  /** The center's clerks and manager, Finance, Engineering and Security: staff and a manager of each, one of two people. */
  static List<Actor> serviceStaff(RandomGenerator random, CenterId center) {
    String person = "p" + random.nextInt(2);
    List<Actor> crew = new ArrayList<>();
    crew.add(Actor.of("bc-clerk-" + person, Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, center));
    for (Department d : USERS) {
      crew.add(Actor.of(d.name().toLowerCase() + "-" + person, Role.STAFF, d, center));
      crew.add(Actor.of(d.name().toLowerCase() + "-manager-" + person, Role.DEPARTMENT_MANAGER, d, center));
    }
    return crew;
  }
}
