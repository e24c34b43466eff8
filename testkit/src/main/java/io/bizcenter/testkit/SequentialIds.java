package io.bizcenter.testkit;

import io.bizcenter.core.port.Ids;
import java.util.concurrent.atomic.AtomicLong;

/** Readable, repeatable ids ({@code C-1}, {@code C-2}, ...) for tests and examples; unique within one JVM only. */
public final class SequentialIds implements Ids {
  private final String prefix;
  private final AtomicLong next = new AtomicLong();

  public SequentialIds(String prefix) {
    this(prefix, 0);
  }

  /** Continues after {@code issued} ids, for a database that already holds some. */
  public SequentialIds(String prefix, long issued) {
    this.prefix = prefix;
    this.next.set(issued);
  }

  @Override
  public String next() {
    return prefix + "-" + next.incrementAndGet();
  }
}
