package io.bizcenter.testkit.check;

import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.port.Ids;
import io.bizcenter.testkit.SequentialIds;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ids of one test's business center: it draws readable sequential ids ({@code K-1}, ...) and hands out fresh
 * command ids, and remembers every one, so that a {@link StoreSnapshot} can look up whatever may have been written
 * under any of them.
 */
public final class IdLedger implements Ids {
  private final SequentialIds sequential;
  // copy-on-write: a test may send from several threads while another reads the ledger for a snapshot
  private final List<String> drawn = new CopyOnWriteArrayList<>();
  // a set: a test that repeats a command hands its id out again, and one look-up per id is enough
  private final Set<CommandId> commandIds = new CopyOnWriteArraySet<>();
  private final AtomicInteger commands = new AtomicInteger();

  /** Ids {@code prefix-1}, {@code prefix-2}, ... and command ids {@code cmd-1}, ... */
  public IdLedger(String prefix) {
    this.sequential = new SequentialIds(prefix);
  }

  /** The next id for the center to draw (a case's, a notice's), remembered. */
  @Override
  public String next() {
    String id = sequential.next();
    drawn.add(id);
    return id;
  }

  /** A command id never handed out before ({@code cmd-1}, ...), remembered. */
  public CommandId freshCommandId() {
    CommandId id = CommandId.of("cmd-" + commands.incrementAndGet());
    commandIds.add(id);
    return id;
  }

  /** Remembers the command id of a command the test made up itself (a generated one, say); a null command has none. */
  public void handedOut(Command command) {
    if (command != null && command.commandId() != null) {
      commandIds.add(command.commandId());
    }
  }

  /** Every id drawn so far, in order. */
  public List<String> drawn() {
    return List.copyOf(drawn);
  }

  /** Every command id handed out so far, each once, in order. */
  public List<CommandId> commandIds() {
    return List.copyOf(commandIds);
  }
}
