package io.bizcenter.testkit.complaints;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.testkit.ForwardingStorage;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.Complaints;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link InMemoryStorage} whose complaint store loses the next few saves to someone else: each answers a
 * version conflict, as if another clerk had saved the complaint between our load and our save (GS-2). It also
 * counts loads and saves, so a test sees that the desk loaded afresh and decided again.
 */
final class ContendedStorage extends ForwardingStorage {
  private final ContendedComplaints complaints;

  ContendedStorage(InMemoryStorage storage) {
    super(storage);
    this.complaints = new ContendedComplaints(storage.complaints());
  }

  /** The next {@code count} saves of a complaint answer a conflict and write nothing. */
  void loseNextSaves(int count) {
    complaints.toLose.set(count);
  }

  int loads() {
    return complaints.loads.get();
  }

  int saves() {
    return complaints.saves.get();
  }

  void resetCounts() {
    complaints.loads.set(0);
    complaints.saves.set(0);
  }

  @Override
  public Complaints complaints() {
    return complaints;
  }

  private static final class ContendedComplaints implements Complaints {
    private final Complaints stored;
    private final AtomicInteger toLose = new AtomicInteger();
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicInteger saves = new AtomicInteger();

    ContendedComplaints(Complaints stored) {
      this.stored = stored;
    }

    @Override
    public Option<Complaint> find(CenterId center, String caseId) {
      loads.incrementAndGet();
      return stored.find(center, caseId);
    }

    @Override
    public Either<Rejection.VersionConflict, Complaint> save(Complaint next, long expectedVersion) {
      saves.incrementAndGet();
      if (toLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        // someone else's save got there first: the stored version is one ahead of the one we read
        return Either.left(new Rejection.VersionConflict(ComplaintFixture.PROCEDURE, next.id().value(), expectedVersion, expectedVersion + 1));
      }
      return stored.save(next, expectedVersion);
    }

    @Override
    public List<Complaint> all(CenterId center) {
      return stored.all(center);
    }

    @Override
    public List<Complaint> inState(CenterId center, io.bizcenter.core.complaints.ComplaintState state, java.time.Instant from,
        java.time.Instant until) {
      return stored.inState(center, state, from, until);
    }
  }
}
