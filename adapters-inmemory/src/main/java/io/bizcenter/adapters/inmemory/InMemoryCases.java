package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.CaseStore;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Cases of one procedure, kept per center, saved only over the version they were read at. */
class InMemoryCases<C extends Case<?, C>> implements CaseStore<C> {
  private final String procedure;
  private final Journal journal;
  private final Map<CenterId, Map<String, C>> byCenter = new HashMap<>();

  InMemoryCases(String procedure, Journal journal) {
    this.procedure = procedure;
    this.journal = journal;
  }

  @Override
  public Option<C> find(CenterId center, String caseId) {
    return journal.read(() -> Option.of(byCenter.getOrDefault(center, Map.of()).get(caseId)));
  }

  @Override
  public Either<Rejection.VersionConflict, C> save(C next, long expectedVersion) {
    return journal.read(() -> {
      Map<String, C> cases = byCenter.computeIfAbsent(next.center(), c -> new LinkedHashMap<>());
      String id = next.id().value();
      C before = cases.get(id);
      long stored = before == null ? 0 : before.version();
      if (stored != expectedVersion) {
        return Either.left(new Rejection.VersionConflict(procedure, id, expectedVersion, stored));
      }
      journal.write(() -> cases.put(id, next), () -> {
        if (before == null) {
          cases.remove(id);
        } else {
          cases.put(id, before);
        }
      });
      return Either.right(next);
    });
  }

  @Override
  public List<C> all(CenterId center) {
    return journal.read(() -> List.copyOf(byCenter.getOrDefault(center, Map.of()).values()));
  }
}
