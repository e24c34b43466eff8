package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An H2 file is taken only with {@code WRITE_DELAY=0}: with H2's default a commit may return before it is in the file
 * ({@link CrashTest} shows what a kill then loses); and only with {@code REUSE_SPACE=FALSE}, without which H2 may not
 * find a commit after a kill. The data sources here are unpooled, so H2 closes the file when the
 * last connection closes and opens it again on the next, as it would under a vendor's pool that lets connections go.
 */
class H2FileWriteDelayTest {
  private static final Path FOLDER = Path.of("target", "write-delay-test").toAbsolutePath();

  @BeforeEach
  void emptyFolder() throws IOException {
    if (Files.exists(FOLDER)) {
      try (Stream<Path> files = Files.walk(FOLDER)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void aFileWithH2sDefaultWriteDelayIsRefusedWithTheOptionNamed() {
    StorageFailure refused = assertThrows(StorageFailure.class, () -> JdbcStorage.on(h2("jdbc:h2:file:" + FOLDER.resolve("default"))));
    assertTrue(refused.getMessage().contains("WRITE_DELAY 500"), refused.getMessage());
    assertTrue(refused.getMessage().contains("jdbc:h2:file:" + FOLDER.resolve("default") + ";WRITE_DELAY=0"), refused.getMessage());
  }

  @Test
  void aFileOpenedWithWriteDelayZeroIsTaken() {
    JdbcStorage storage = JdbcStorage.on(
        h2("jdbc:h2:file:" + FOLDER.resolve("durable") + ";WRITE_DELAY=0;REUSE_SPACE=FALSE"));
    assertTrue(storage.migrate() > 0);
    assertEquals(Dialect.H2, storage.dialect());
  }

  @Test
  void aWriteDelaySetInTheDatabaseLapsesWhenTheFileIsOpenedAgain() throws SQLException {
    // why the adapter refuses instead of setting it: H2 keeps the SET, but applies the URL's value (500 by default)
    // each time it opens the file
    JdbcDataSource withoutOption = h2("jdbc:h2:file:" + FOLDER.resolve("set-once"));
    try (Connection c = withoutOption.getConnection(); Statement s = c.createStatement()) {
      s.execute("SET WRITE_DELAY 0");
    }
    StorageFailure refused = assertThrows(StorageFailure.class, () -> JdbcStorage.on(withoutOption));
    assertTrue(refused.getMessage().contains(";WRITE_DELAY=0"), refused.getMessage());
  }

  @Test
  void aFileThatReusesSpaceIsRefusedWithTheOptionNamed() {
    // a commit written into reused space can be missed when H2 opens the file after a kill (docs/reliability.md, 6)
    StorageFailure refused = assertThrows(StorageFailure.class,
        () -> JdbcStorage.on(h2("jdbc:h2:file:" + FOLDER.resolve("reuse") + ";WRITE_DELAY=0")));
    assertTrue(refused.getMessage().contains("REUSE_SPACE true"), refused.getMessage());
    String url = "jdbc:h2:file:" + FOLDER.resolve("reuse") + ";WRITE_DELAY=0;REUSE_SPACE=FALSE";
    assertTrue(refused.getMessage().contains(url), refused.getMessage());
  }

  @Test
  void anInMemoryDatabaseIsTakenAsItIs() {
    assertEquals(Dialect.H2, JdbcStorage.on(h2("jdbc:h2:mem:write-delay-test")).dialect());
  }

  private static JdbcDataSource h2(String url) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    return h2;
  }
}
