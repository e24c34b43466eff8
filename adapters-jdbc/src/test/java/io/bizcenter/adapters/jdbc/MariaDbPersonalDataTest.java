package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.Storage;
import io.bizcenter.testkit.contract.PersonalDataContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

/** testkit's personal-data contract on a real MariaDB, its raw search over every table of the database. */
@DisplayName("Personal data on MariaDB")
class MariaDbPersonalDataTest extends PersonalDataContract {
  private DataSource database;

  @Override
  protected Storage newStorage() {
    database = Databases.emptyMariaDbDataSource();
    return JdbcStorage.on(database);
  }

  @Override
  protected String storedText() {
    return RawText.of(database);
  }
}
