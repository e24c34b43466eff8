package io.bizcenter.testkit;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.testkit.check.IdLedger;
import io.bizcenter.testkit.check.StoreSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The parts every procedure's tests build a business center from: in-memory storage, a recording notifier, a manual
 * clock and an {@link IdLedger}. It hands out a builder wired to them, which each test finishes with its own policies,
 * and reads all they hold back as a {@link StoreSnapshot}.
 */
public final class InMemoryCenter {
  private final InMemoryStorage storage;
  private final RecordingNotifier notifier = new RecordingNotifier();
  private final ManualClock clock;
  private final IdLedger ids;

  /** Fresh storage, the clock at {@code start}, ids {@code prefix-1}, {@code prefix-2}, ... */
  public InMemoryCenter(Instant start, String prefix) {
    this(new InMemoryStorage(), start, prefix);
  }

  /** As above, on {@code storage}: a test may let the center see it through a wrapper of its own. */
  public InMemoryCenter(InMemoryStorage storage, Instant start, String prefix) {
    this.storage = storage;
    this.clock = new ManualClock(start);
    this.ids = new IdLedger(prefix);
  }

  /** A builder wired to these parts; the test adds what its procedure needs and builds. */
  public BusinessCenter.Builder builder() {
    return BusinessCenter.builder().storage(storage).notifier(notifier).ids(ids).clock(clock);
  }

  public InMemoryStorage storage() {
    return storage;
  }

  public RecordingNotifier notifier() {
    return notifier;
  }

  public ManualClock clock() {
    return clock;
  }

  public IdLedger ids() {
    return ids;
  }

  /** All the stores hold in {@code centers}, the notices delivered so far, and what else the test saw leave. */
  public StoreSnapshot snapshot(List<CenterId> centers, List<?>... sentOutToo) {
    return StoreSnapshot.of(storage, ids, centers, Stream.<List<?>>concat(Stream.of(notifier.delivered()), Stream.of(sentOutToo)).toList());
  }
}
