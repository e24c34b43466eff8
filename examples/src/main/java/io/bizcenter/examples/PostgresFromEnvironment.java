package io.bizcenter.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.TimeOrderedIds;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * The library on a vendor's PostgreSQL, through a HikariCP pool configured from the environment:
 * {@code BIZCENTER_JDBC_URL} (for example {@code jdbc:postgresql://db.internal:5432/bizcenter}),
 * {@code BIZCENTER_DB_USER} and {@code BIZCENTER_DB_PASSWORD}. Without a URL it starts an embedded PostgreSQL, so the
 * example runs anywhere. Run it with
 * {@code mvn -q -pl examples -am compile exec:java -Dexec.mainClass=io.bizcenter.examples.PostgresFromEnvironment}.
 */
public final class PostgresFromEnvironment {
  private PostgresFromEnvironment() {}

  public static void main(String[] args) throws IOException {
    String url = System.getenv("BIZCENTER_JDBC_URL");
    if (url == null || url.isBlank()) {
      System.out.println("BIZCENTER_JDBC_URL is not set: starting an embedded PostgreSQL for this run");
      try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
        run(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
      }
      return;
    }
    run(url, System.getenv("BIZCENTER_DB_USER"), System.getenv("BIZCENTER_DB_PASSWORD"));
  }

  private static void run(String url, String user, String password) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(url);
    pool.setUsername(user);
    pool.setPassword(password);
    pool.setMaximumPoolSize(10);
    try (HikariDataSource dataSource = new HikariDataSource(pool)) {
      JdbcStorage storage = JdbcStorage.on(dataSource);
      System.out.println("dialect " + storage.dialect() + ", migrations run now: " + storage.migrate());
      Clock clock = Clock.systemUTC();
      BusinessCenter center = BusinessCenter.builder()
          .storage(storage)
          .notifier(notice -> System.out.println("notice " + notice.id() + " to " + notice.notice().to() + ": " + notice.message(Messages.EN)))
          .ids(new TimeOrderedIds(clock, new SecureRandom()))
          .clock(clock)
          .build();
      CenterId tower = CenterId.of("zz-tower");
      Actor clerk = Actor.of("op-07", Role.STAFF, Department.OPERATIONS, tower);
      Complaint recorded = center.complaints().handle(new RecordPhoneComplaint(CommandId.of(UUID.randomUUID().toString()), tower,
          Complainant.of("王小明", "上海某某贸易有限公司", "13800138000"), "电梯噪音"), clerk).get();
      Complaint triaged = center.complaints().handle(
          new Triage(CommandId.of(UUID.randomUUID().toString()), tower, recorded.id(), Remit.OUTSIDE), clerk).get();
      System.out.println("complaint " + triaged.id() + " is " + Messages.label(triaged.state(), Messages.EN) + ", version " + triaged.version()
          + "; complaints in this center: " + storage.complaints().all(tower).size());
    }
  }
}
