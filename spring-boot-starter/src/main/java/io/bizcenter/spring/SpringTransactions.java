package io.bizcenter.spring;

import io.bizcenter.adapters.jdbc.HostTransactions;
import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's Spring transaction on the library's data source, when one is active on this thread: a command then
 * commits or rolls back with it. Read from the holder Spring's transaction manager bound (DataSourceTransactionManager,
 * JpaTransactionManager), not through DataSourceUtils.getConnection, which would count a use we never release.
 */
final class SpringTransactions implements HostTransactions {
  private final DataSource dataSource;

  SpringTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<Connection> activeConnection() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      return Optional.empty();
    }
    if (TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder) {
      return Optional.of(holder.getConnection());
    }
    // a transaction on another resource (say, another data source): ours runs on its own
    return Optional.empty();
  }
}
