package io.bizcenter.benchmarks.scale;

import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.port.Ids;

/**
 * The ids a fill gives its cases, notices and commands, each carrying the mark of its copy: {@code fill0x-3} and
 * {@code fill0x-c3} in copy 0, {@code fill7x-3} in copy 7. So copy k's ids (and its rooms and tenants, named by the
 * mark too) are copy 0's with the mark replaced, which is how {@link CopiedRows} makes them on a database. No mark is a
 * part of another ({@code fill1x} is not in {@code fill11x}).
 */
final class Marks implements Ids {
  static final String FIRST = of(0);

  private String mark = FIRST;
  private long cases;
  private long commands;

  static String of(int copy) {
    return "fill" + copy + "x";
  }

  /** The ids of copy {@code copy} from now on, counted from 1 again as in copy 0. */
  synchronized void copy(int copy) {
    mark = of(copy);
    cases = 0;
    commands = 0;
  }

  synchronized String mark() {
    return mark;
  }

  @Override
  public synchronized String next() {
    return mark + "-" + ++cases;
  }

  synchronized CommandId command() {
    return new CommandId(mark + "-c" + ++commands);
  }
}
