package io.bizcenter.examples.webdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.TimeRange;
import io.bizcenter.core.port.ActivityQuery;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web desk on the embedded H2 file its command uses: the day opens once, and a second start finds the first's cases. */
class WebDeskOnAnH2FileTest {
  private static final Actor OPERATIONS = Actor.of("operations.staff", Role.STAFF, Department.OPERATIONS, WebDesk.TOWER);

  @Test
  @DisplayName("the first start opens the day with a complaint; the second start on the same file finds it and opens nothing more")
  void twiceOnOneFile(@TempDir Path folder) {
    assertEquals(1, complaintsAfterStarting(folder.resolve("webdesk")));
    assertEquals(1, complaintsAfterStarting(folder.resolve("webdesk")));
  }

  private static int complaintsAfterStarting(Path database) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl("jdbc:h2:file:" + database + ";WRITE_DELAY=0;REUSE_SPACE=FALSE");
    try (HikariDataSource h2 = new HikariDataSource(pool)) {
      JdbcStorage storage = JdbcStorage.on(h2);
      storage.migrate();
      Clock clock = Clock.systemUTC();
      BusinessCenter center = WebDesk.open(storage, clock, new PrintStream(OutputStream.nullOutputStream()));
      return center.activity().log(OPERATIONS, ActivityQuery.of(WebDesk.TOWER, TimeRange.EARLIEST, clock.instant().plus(Duration.ofDays(1)))
          .withProcedure("complaints")).get().entries().size();
    }
  }
}
