package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.CaseStore;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cases of one procedure, kept per center, saved only over the version they were read at. A store's own questions
 * read the {@link CaseFile}s it asked for, which every save and undo here keeps in step with the cases.
 */
class InMemoryCases<C extends Case<?, C>> implements CaseStore<C> {
  /** A case with the number of its first save, which orders "oldest first" as the JDBC store's opening sequence does. */
  private record Stored<C>(C kase, long saved) {}

  private final String procedure;
  private final Journal journal;
  private final Map<CenterId, Map<String, Stored<C>>> byCenter = new HashMap<>();
  private final List<CaseFile<C, ?>> files = new ArrayList<>();
  private long saves;
  private long listed;

  InMemoryCases(String procedure, Journal journal) {
    this.procedure = procedure;
    this.journal = journal;
  }

  /** A file of the cases under their keys, oldest first; made in a store's constructor, before any case is saved. */
  protected final <K> CaseFile<C, K> file(Function<C, Collection<K>> keys) {
    return file(keys, kase -> Instant.EPOCH);
  }

  /** A file of the cases under their keys, in the order of a moment of theirs, then oldest first. */
  protected final <K> CaseFile<C, K> file(Function<C, Collection<K>> keys, Function<C, Instant> moment) {
    CaseFile<C, K> file = new CaseFile<>(keys, moment);
    files.add(file);
    return file;
  }

  /** Reads a store's file under the lock every store of the storage shares. */
  protected final <T> T read(java.util.function.Supplier<T> reading) {
    return journal.read(reading);
  }

  @Override
  public Option<C> find(CenterId center, String caseId) {
    return journal.read(() -> Option.of(byCenter.getOrDefault(center, Map.of()).get(caseId)).map(Stored::kase));
  }

  @Override
  public Either<Rejection.VersionConflict, C> save(C next, long expectedVersion) {
    return journal.read(() -> {
      CenterId center = next.center();
      Map<String, Stored<C>> cases = byCenter.computeIfAbsent(center, c -> new LinkedHashMap<>());
      String id = next.id().value();
      Stored<C> before = cases.get(id);
      long stored = before == null ? 0 : before.kase().version();
      if (stored != expectedVersion) {
        return Either.left(new Rejection.VersionConflict(procedure, id, expectedVersion, stored));
      }
      Stored<C> after = new Stored<>(next, before == null ? ++saves : before.saved());
      journal.write(() -> replace(center, cases, id, before, after), () -> replace(center, cases, id, after, before));
      return Either.right(next);
    });
  }

  private void replace(CenterId center, Map<String, Stored<C>> cases, String id, Stored<C> out, Stored<C> in) {
    // a case keeps the number of its first save through every later save and undo
    long saved = (in != null ? in : out).saved();
    for (CaseFile<C, ?> file : files) {
      file.replace(center, out == null ? null : out.kase(), in == null ? null : in.kase(), saved);
    }
    if (in == null) {
      cases.remove(id);
    } else {
      cases.put(id, in);
    }
  }

  @Override
  public List<C> all(CenterId center) {
    return journal.read(() -> {
      List<C> every = byCenter.getOrDefault(center, Map.of()).values().stream().map(Stored::kase).toList();
      listed += every.size();
      return every;
    });
  }

  /**
   * How many cases this store's questions and lists have taken out of it so far: a question that reads its file's range
   * takes as many as the range holds, however many cases the center keeps; a scan takes them all.
   */
  final long casesRead() {
    return journal.read(() -> listed + files.stream().mapToLong(CaseFile::handedOut).sum());
  }
}
