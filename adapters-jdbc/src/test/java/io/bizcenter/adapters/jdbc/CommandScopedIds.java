package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.Ids;
import io.bizcenter.core.port.Transactions;
import io.bizcenter.testkit.ForwardingStorage;
import io.vavr.control.Either;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Ids that a replay hands out again: each one is the id of the command being sent on this thread and a number counted
 * within its unit of work ({@code d-17.1}, {@code d-17.2}). The same command decided on the same state gets the same
 * case and notice ids whatever node, store or attempt decides it, so a failed attempt, its retry, a node of a load
 * test and a serial replay in memory can be compared field for field. A unit of work rolled back (a rejection, a
 * conflict, an exception) gives its numbers back, as its writes are undone.
 */
final class CommandScopedIds implements Ids {
  private static final class Scope {
    String command;
    int issued;
    int depth;
  }

  private final ThreadLocal<Scope> scope = ThreadLocal.withInitial(Scope::new);
  private final Set<String> handedOut = ConcurrentHashMap.newKeySet();
  private final LongAdder conflicts = new LongAdder();

  /** The command this thread sends next: its ids start from 1 again. */
  void sending(String commandId) {
    Scope s = scope.get();
    s.command = commandId;
    s.issued = 0;
  }

  @Override
  public String next() {
    Scope s = scope.get();
    if (s.command == null) {
      throw new IllegalStateException("an id was asked for outside a command sent through the script");
    }
    String id = s.command + "." + ++s.issued;
    handedOut.add(id);
    return id;
  }

  /** Every id handed out so far, also by attempts that failed: where a partial write would show. */
  Set<String> handedOut() {
    return Set.copyOf(handedOut);
  }

  /** How many units of work ended in a version conflict: each one the command path may decide again. */
  long conflicts() {
    return conflicts.sum();
  }

  /** {@code storage} whose units of work number this thread's ids as described above. */
  Storage around(Storage storage) {
    Transactions counted = new Transactions() {
      @Override
      public <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work) {
        Scope s = scope.get();
        if (s.depth == 0) {
          s.issued = 0;
        }
        int mark = s.issued;
        s.depth++;
        try {
          Either<Rejection, T> answer = storage.transactions().inTransaction(work);
          if (answer.isLeft()) {
            s.issued = mark;
            if (s.depth == 1 && answer.getLeft() instanceof Rejection.VersionConflict) {
              conflicts.increment();
            }
          }
          return answer;
        } catch (RuntimeException | Error e) {
          s.issued = mark;
          throw e;
        } finally {
          s.depth--;
        }
      }

      @Override
      public void exclusive(CenterId center, String resource) {
        storage.transactions().exclusive(center, resource);
      }
    };
    return new ForwardingStorage(storage) {
      @Override
      public Transactions transactions() {
        return counted;
      }
    };
  }
}
