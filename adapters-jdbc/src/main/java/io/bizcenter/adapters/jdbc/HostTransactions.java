package io.bizcenter.adapters.jdbc;

import java.sql.Connection;
import java.util.Optional;

/**
 * The host application's transaction, when it has one on this thread: {@link JdbcStorage} then runs a command on the
 * host's connection, inside a savepoint, and neither commits nor closes it, so the command and the host's own writes
 * commit or roll back together. The Spring Boot starter answers it from Spring's transaction synchronization; a host
 * without a framework may answer it from its own unit of work.
 *
 * <p>Inside a host transaction a rejection rolls back to the savepoint (only the command's writes go), and the host's
 * commit, not ours, makes the command durable: the answer ACCEPTED means "accepted if your transaction commits".
 */
@FunctionalInterface
public interface HostTransactions {
  /** No host transaction, ever: each unit of work is a transaction of its own (the default). */
  HostTransactions NONE = Optional::empty;

  /** The connection of the host's transaction active on this thread, on the adapter's data source; empty if none. */
  Optional<Connection> activeConnection();
}
