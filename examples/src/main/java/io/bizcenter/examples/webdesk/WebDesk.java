package io.bizcenter.examples.webdesk;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.KeyCommand.CutKey;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.meetings.Client;
import io.bizcenter.core.meetings.MeetingCommand.BookMeetingRoom;
import io.bizcenter.core.port.ActivityQuery;
import io.bizcenter.core.port.TimeOrderedIds;
import io.bizcenter.core.kernel.TimeRange;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The reference web desk: the library behind a small HTTP API and a plain HTML page, on the embedded H2 file the
 * examples pom names (a second start finds the first one's cases), or in memory with {@code --in-memory}. Opens
 * {@code http://localhost:8080/} ({@code --port N} for another port). On a new database it opens the day with one
 * complaint, one master key and one meeting, so that each seat has something on its agenda.
 */
public final class WebDesk {
  static final CenterId TOWER = CenterId.of("zz-tower");

  private WebDesk() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<String> arguments = List.of(args);
    int port = arguments.contains("--port") ? Integer.parseInt(arguments.get(arguments.indexOf("--port") + 1)) : 8080;
    Clock clock = Clock.systemUTC();
    Storage storage;
    HikariDataSource dataSource = null;
    if (arguments.contains("--in-memory")) {
      out.println("In memory: nothing is kept after the desk stops.");
      storage = new InMemoryStorage();
    } else {
      Path database = Path.of(System.getProperty("bizcenter.example.folder", "target/bizcenter-example")).toAbsolutePath().resolve("webdesk");
      HikariConfig pool = new HikariConfig();
      // as in A day at the business center: each commit is in the file before the command answers
      pool.setJdbcUrl("jdbc:h2:file:" + database + ";WRITE_DELAY=0;REUSE_SPACE=FALSE");
      dataSource = new HikariDataSource(pool);
      JdbcStorage jdbc = JdbcStorage.on(dataSource);
      jdbc.migrate();
      storage = jdbc;
      out.println("Embedded H2 database: " + database + ".mv.db");
    }
    BusinessCenter center = open(storage, clock, out);
    DeskServer server = DeskServer.start(center, TOWER, clock, new InetSocketAddress("localhost", port));
    HikariDataSource closing = dataSource;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      if (closing != null) {
        closing.close();
      }
    }));
    out.println("Web desk: " + server.uri() + "  (Ctrl+C stops it)");
    Thread.currentThread().join();
  }

  /** The business center on {@code storage}, its day opened with a few cases when the store holds none yet. */
  public static BusinessCenter open(Storage storage, Clock clock, PrintStream out) {
    BusinessCenter center = BusinessCenter.builder()
        .storage(storage)
        .notifier(notice -> {})
        .ids(new TimeOrderedIds(clock, new SecureRandom()))
        .clock(clock)
        .build();
    Actor operations = Actor.of("operations.staff", Role.STAFF, Department.OPERATIONS, TOWER);
    boolean fresh = center.activity().log(operations, ActivityQuery.of(TOWER, TimeRange.EARLIEST, clock.instant().plus(Duration.ofDays(1)))
        .withProcedure("complaints").withPageSize(1)).map(page -> page.entries().isEmpty()).getOrElse(true);
    if (fresh) {
      openTheDay(center, clock, operations, out);
    }
    return center;
  }

  /** One case per procedure the desk serves, each standing where its seat has a step to take today. */
  private static void openTheDay(BusinessCenter center, Clock clock, Actor operations, PrintStream out) {
    Actor keySupervisor = Actor.of("business-center.customer-service-supervisor", Role.CUSTOMER_SERVICE_SUPERVISOR,
        Department.BUSINESS_CENTER, TOWER);
    Actor service = Actor.of("service.staff", Role.STAFF, Department.SERVICE, TOWER);
    ZonedDateTime tomorrow = ZonedDateTime.now(clock.withZone(BusinessCenter.DEFAULT_ZONE)).plusDays(1).with(LocalTime.of(10, 0));
    told(out, "complaint", center.complaints().handle(new RecordPhoneComplaint(CommandId.of("desk-open-1"), TOWER,
        Complainant.of("王小明", "上海某某贸易有限公司", "13800138000"), "1203 室空调不制冷"), operations));
    told(out, "master key", center.keys().handle(new CutKey(CommandId.of("desk-open-2"), TOWER, Lock.master(),
        Holder.staff(keySupervisor, Employer.CENTER_STAFF)), keySupervisor));
    told(out, "meeting", center.meetings().handle(new BookMeetingRoom(CommandId.of("desk-open-3"), TOWER, RoomId.of("501"),
        tomorrow.toInstant(), tomorrow.plusHours(2).toInstant(), Client.of("上海某某贸易有限公司", "李雷", "13900139000"), "季度例会"), service));
  }

  private static void told(PrintStream out, String what, Either<Rejection, ?> answer) {
    answer.peekLeft(rejection -> out.println("The day could not open with a " + what + ": " + rejection.code() + " "
        + rejection.message(Messages.EN)));
  }
}
