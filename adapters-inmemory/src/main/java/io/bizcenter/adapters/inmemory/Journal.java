package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.Rejection;
import io.vavr.control.Either;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock and one undo list shared by every in-memory store of an {@link InMemoryStorage}. Reads and writes
 * take the lock, so a transaction sees no half-done work of another; a transaction that ends in a rejection or
 * an exception undoes its own writes, newest first.
 */
final class Journal {
  private final ReentrantLock lock = new ReentrantLock();
  private final Deque<Runnable> undo = new ArrayDeque<>();
  private int depth;

  <T> T read(Supplier<T> reading) {
    lock.lock();
    try {
      return reading.get();
    } finally {
      lock.unlock();
    }
  }

  void write(Runnable doing, Runnable undoing) {
    lock.lock();
    try {
      doing.run();
      if (depth > 0) {
        undo.push(undoing);
      }
    } finally {
      lock.unlock();
    }
  }

  <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work) {
    lock.lock();
    depth++;
    int mark = undo.size();
    boolean committed = false;
    try {
      Either<Rejection, T> answer = work.get();
      committed = answer.isRight();
      return answer;
    } finally {
      if (!committed) {
        while (undo.size() > mark) {
          undo.pop().run();
        }
      }
      depth--;
      if (depth == 0) {
        undo.clear();
      }
      lock.unlock();
    }
  }
}
