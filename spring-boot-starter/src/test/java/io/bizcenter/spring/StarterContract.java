package io.bizcenter.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.AssureCaller;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.spring.reception.FrontDesk;
import io.bizcenter.spring.reception.ReceptionApplication;
import io.bizcenter.spring.reception.Switchboard;
import io.bizcenter.testkit.ManualClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import io.bizcenter.core.kernel.CommandExpired;
import io.bizcenter.core.privacy.Pruning;
import io.vavr.control.Either;

/**
 * The starter in a vendor's Spring Boot application with its own Flyway migration: on H2 and on PostgreSQL (the
 * subclasses give the database).
 */
@SpringBootTest(classes = ReceptionApplication.class, properties = {
    "spring.main.web-application-type=none",
    "spring.main.banner-mode=off",
    "bizcenter.relay.interval=100ms",
    "bizcenter.zones.zz-tower=Asia/Shanghai"})
abstract class StarterContract {
  static final CenterId TOWER = CenterId.of("zz-tower");
  static final Actor CLERK = Actor.of("op-07", Role.STAFF, Department.OPERATIONS, TOWER);

  @Autowired BusinessCenter center;
  @Autowired FrontDesk desk;
  @Autowired Switchboard switchboard;
  @Autowired ManualClock clock;
  @Autowired MeterRegistry meters;
  @Autowired HealthEndpoint health;
  @Autowired DataSource dataSource;
  @Autowired org.springframework.context.ApplicationContext context;

  /** The JDBC URL of the database the application runs on, for a second start on it. */
  abstract String url();

  static RecordPhoneComplaint complaint(String text) {
    return new RecordPhoneComplaint(CommandId.of("t-" + UUID.randomUUID()), TOWER,
        Complainant.of("王小明", "上海某某贸易有限公司", "13800138000"), text);
  }

  /** A phone complaint outside the remit, forwarded to Security: the forwarding writes a notice to the outbox. */
  Complaint forwarded(String text) {
    Complaint c = center.complaints().handle(complaint(text), CLERK).get();
    center.complaints().handle(new Triage(next(), TOWER, c.id(), Remit.OUTSIDE), CLERK).get();
    center.complaints().handle(new AssureCaller(next(), TOWER, c.id()), CLERK).get();
    return center.complaints().handle(new ForwardToDepartment(next(), TOWER, c.id(), Department.SECURITY), CLERK).get();
  }

  static CommandId next() {
    return CommandId.of("t-" + UUID.randomUUID());
  }

  @Test
  void bothMigrationsRanAndTheApplicationStartsAgainOnTheSameDatabase() {
    assertTrue(tables().containsAll(Set.of("visitor_log", "flyway_schema_history", "bc_schema_history", "bc_notice")),
        tables().toString());
    // a second start finds a schema that is no longer empty: Boot's Flyway must not refuse it, ours must not rerun
    try (ConfigurableApplicationContext again = new SpringApplicationBuilder(ReceptionApplication.class)
        .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
        .properties("spring.datasource.url=" + url(), "bizcenter.relay.enabled=false")
        .run()) {
      BusinessCenter second = again.getBean(BusinessCenter.class);
      assertTrue(second.complaints().handle(complaint("第二次启动"), CLERK).isRight());
    }
  }

  @Test
  void aCommandInTheApplicationsTransactionCommitsWithTheVendorsWrite() {
    String visitor = "visitor-" + UUID.randomUUID();
    Either<Rejection, Complaint> answer = desk.logVisitAndRecord(visitor, complaint("空调不制冷"), CLERK, false);

    assertTrue(answer.isRight(), answer.toString());
    assertEquals(1, desk.visits(visitor));
    assertTrue(center.complaints().find(CLERK, TOWER, answer.get().id()).isRight());
  }

  @Test
  void aCommandInTheApplicationsTransactionRollsBackWithIt() {
    String visitor = "visitor-" + UUID.randomUUID();
    assertThrows(IllegalStateException.class,
        () -> desk.logVisitAndRecord(visitor, complaint("电梯异响"), CLERK, true));

    Either<Rejection, Complaint> answered = desk.lastAnswer();
    assertTrue(answered.isRight(), "the command was accepted inside the transaction: " + answered);
    assertEquals(0, desk.visits(visitor));
    assertTrue(center.complaints().find(CLERK, TOWER, answered.get().id()).isLeft(),
        "the complaint was rolled back with the application's transaction");
  }

  @Test
  void aRejectionRollsBackOnlyTheCommandAndTheApplicationDecides() {
    String visitor = "visitor-" + UUID.randomUUID();
    Either<Rejection, Complaint> answer = desk.logVisitAndRecord(visitor, complaint(""), CLERK, false);

    assertTrue(answer.isLeft(), answer.toString());
    assertEquals(1, desk.visits(visitor), "the application's write stays: it did not throw");
  }

  @Test
  void metersCountCommandsByProcedureActionAndOutcome() {
    double accepted = commands("ACCEPTED");
    double repeated = commands("REPEATED");
    double rejected = commands("REJECTED");
    long timed = latencies();

    RecordPhoneComplaint first = complaint("饮水机漏水");
    assertTrue(center.complaints().handle(first, CLERK).isRight());
    assertTrue(center.complaints().handle(first, CLERK).isRight());
    Rejection rejection = center.complaints().handle(complaint(""), CLERK).getLeft();
    double byCode = count(meters.find("bizcenter.rejections").tag("code", rejection.code()).counters());

    assertEquals(accepted + 1, commands("ACCEPTED"));
    assertEquals(repeated + 1, commands("REPEATED"));
    assertEquals(rejected + 1, commands("REJECTED"));
    assertEquals(latencies(), timed + 3);
    assertTrue(byCode >= 1, "bizcenter.rejections{code=" + rejection.code() + "}");
    assertFalse(meters.find("bizcenter.commands").tag("procedure", "complaints").counters().stream()
        .anyMatch(c -> c.getId().getTag("action") == null || c.getId().getTag("action").isBlank()));
    assertTrue(meters.find("bizcenter.outbox.depth").gauge() != null);
    assertTrue(meters.find("bizcenter.outbox.oldest.age").timeGauge() != null);
  }

  @Test
  void theRelayDeliversOnItsSchedule() throws InterruptedException {
    switchboard.down(false);
    Complaint recorded = forwarded("灯坏了");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (switchboard.delivered().stream().noneMatch(n -> n.caseId().equals(recorded.id().value()))) {
      assertTrue(System.nanoTime() < deadline, "the relay delivered nothing in 10 s");
      Thread.sleep(50);
    }
  }

  @Test
  synchronized void healthTurnsDownWhenTheOldestNoticeIsTooOldAndTheOutboxMetersShowIt() {
    drain();
    assertEquals(Status.UP, health.healthForPath("bizcenter").getStatus());

    switchboard.down(true);
    double failed = count(meters.find("bizcenter.deliveries.failed").counters());
    forwarded("门禁卡失灵");
    center.notices().deliverPending(100);
    assertTrue(count(meters.find("bizcenter.deliveries.failed").counters()) > failed, "a refusal is counted");
    assertTrue(meters.get("bizcenter.outbox.depth").gauge().value() >= 1);
    assertEquals(Status.UP, health.healthForPath("bizcenter").getStatus(), "young enough still");

    clock.advance(Duration.ofMinutes(6));
    assertEquals(Status.DOWN, health.healthForPath("bizcenter").getStatus());
    assertTrue(meters.get("bizcenter.outbox.oldest.age").timeGauge().value(TimeUnit.SECONDS) >= 360);

    drain();
    assertEquals(Status.UP, health.healthForPath("bizcenter").getStatus());
    assertEquals(0.0, meters.get("bizcenter.outbox.depth").gauge().value());
  }

  @Test
  void theRelayStopsWithTheContext() {
    ConfigurableApplicationContext context = new SpringApplicationBuilder(ReceptionApplication.class)
        .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
        .properties("spring.datasource.url=" + url())
        .run();
    OutboxRelay relay = context.getBean(OutboxRelay.class);
    assertTrue(relay.isRunning());
    context.close();
    assertFalse(relay.isRunning());
    assertTrue(relay.stopped());
  }

  @Test
  void retentionIsOffUnlessEnabledAndThenRunsForTheNamedCentersWithTheConfiguredWindow() {
    assertTrue(context.getBeanProvider(RetentionSchedule.class).getIfAvailable() == null, "off by default");
    try (ConfigurableApplicationContext on = new SpringApplicationBuilder(ReceptionApplication.class)
        .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
        .properties("spring.datasource.url=" + url(), "bizcenter.relay.enabled=false", "bizcenter.retention.enabled=true",
            "bizcenter.retention.centers=zz-tower", "bizcenter.retention.receipts=2d")
        .run()) {
      RetentionSchedule schedule = on.getBean(RetentionSchedule.class);
      BusinessCenter second = on.getBean(BusinessCenter.class);
      ManualClock time = on.getBean(ManualClock.class);
      RecordPhoneComplaint call = complaint("保留期限");
      assertTrue(second.complaints().handle(call, CLERK).isRight());
      assertTrue(schedule.isRunning());

      time.advance(Duration.ofDays(1));
      assertEquals(0, schedule.runOnce().get(0).receiptsPruned(), "within the configured window of two days");
      time.advance(Duration.ofDays(2));
      List<Pruning> done = schedule.runOnce();

      assertEquals(1, done.size());
      assertTrue(done.get(0).receiptsPruned() >= 1);
      assertEquals(Either.left(new CommandExpired(call.commandId())), second.complaints().handle(call, CLERK));
    }
  }

  /** Delivers everything, moving the clock past any back-off a refusal set. */
  private void drain() {
    switchboard.down(false);
    for (int round = 0; round < 20 && center.notices().backlog().undelivered() > 0; round++) {
      clock.advance(Duration.ofHours(1));
      center.notices().deliverPending(1000);
    }
    assertEquals(0, center.notices().backlog().undelivered());
  }

  private double commands(String outcome) {
    return count(meters.find("bizcenter.commands").tag("procedure", "complaints").tag("outcome", outcome).counters());
  }

  private long latencies() {
    return meters.find("bizcenter.command.latency").tag("procedure", "complaints").timers().stream()
        .mapToLong(Timer::count).sum();
  }

  private static double count(java.util.Collection<Counter> counters) {
    return counters.stream().mapToDouble(Counter::count).sum();
  }

  private List<String> tables() {
    return new JdbcTemplate(dataSource).queryForList(
        "SELECT LOWER(table_name) FROM information_schema.tables", String.class);
  }
}
