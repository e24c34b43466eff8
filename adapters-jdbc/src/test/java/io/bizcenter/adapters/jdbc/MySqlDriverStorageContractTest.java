package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.Storage;
import io.bizcenter.testkit.contract.StorageContract;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * testkit's store contract, unchanged, through MySQL's Connector/J on the real MariaDB (no MySQL server can be had
 * here): MySQL's driver names the database "MySQL", binds and reads the UTC date-times without moving them, and
 * reports a duplicate key as error 1062. It shows the driver's side of MySQL, not a MySQL server's SQL.
 */
class MySqlDriverStorageContractTest extends StorageContract {
  @Override
  protected Storage newStorage() {
    return JdbcStorage.on(Databases.emptyThroughMySqlDriver());
  }

  @Test
  void theMySqlDriverNamesTheServerMySqlAndTheAdapterSpeaksMariaDbToIt() throws SQLException {
    try (Connection c = Databases.emptyThroughMySqlDriver().getConnection()) {
      assertEquals("MySQL", c.getMetaData().getDatabaseProductName());
      assertEquals(Dialect.MARIADB, Dialect.of(c));
    }
  }
}
