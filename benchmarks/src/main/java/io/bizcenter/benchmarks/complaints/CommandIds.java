package io.bizcenter.benchmarks.complaints;

import io.bizcenter.core.kernel.CommandId;

/** Fresh command ids for one client thread: every command of a benchmark is new, as a front end's would be. */
public final class CommandIds {
  private final String prefix;
  private long next;

  public CommandIds(String prefix) {
    this.prefix = prefix;
  }

  public CommandId next() {
    return new CommandId(prefix + (++next));
  }
}
