package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.meetings.Client;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingCommand.BookMeetingRoom;
import io.bizcenter.core.meetings.MeetingRejection;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MR-0.1 under concurrency: several application nodes (each its own {@code BusinessCenter} on the same database) book
 * overlapping slots of one room at the same moment. The booking holds the room ({@code exclusiveTo "room:<id>"}, a row
 * locked FOR UPDATE) while it looks for a clash, so exactly one booking of each slot wins and every other is refused
 * naming it; without the lock, two nodes would both find the room free and both book it.
 */
@DisplayName("Concurrent bookings of one room from several nodes (MR-0.1)")
class MeetingRoomRaceTest {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final RoomId ROOM = RoomId.of("501");
  private static final AtomicInteger H2_NAMES = new AtomicInteger();
  private static final int NODES = 3;
  private static final int CLERKS_PER_NODE = 3;

  @Test
  @DisplayName("MR-0.1 on H2: of nine clerks on three nodes booking overlapping slots at once, exactly one wins each round")
  void onH2() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:bc-race-" + H2_NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    JdbcStorage.on(h2).migrate();
    race(h2);
  }

  @Test
  @DisplayName("MR-0.1 on PostgreSQL: of nine clerks on three nodes booking overlapping slots at once, exactly one wins each round")
  void onPostgres() throws Exception {
    Databases.emptyPostgres();
    race(Databases.postgres());
  }

  @Test
  @DisplayName("MR-0.1 on MariaDB: of nine clerks on three nodes booking overlapping slots at once, exactly one wins each round")
  void onMariaDb() throws Exception {
    race(Databases.emptyMariaDbDataSource());
  }

  private static void race(DataSource database) throws Exception {
    Instant now = Instant.parse("2026-03-02T01:00:00Z");
    List<BusinessCenter> nodes = new ArrayList<>();
    for (int n = 0; n < NODES; n++) {
      nodes.add(BusinessCenter.builder().storage(JdbcStorage.on(database)).notifier(new RecordingNotifier())
          .ids(new SequentialIds("M" + n)).clock(new ManualClock(now)).build());
    }
    Actor clerk = Actor.of("sv-01", Role.STAFF, Department.SERVICE, TOWER);
    ExecutorService pool = Executors.newFixedThreadPool(NODES * CLERKS_PER_NODE);
    try {
      for (int round = 0; round < 5; round++) {
        // each clerk asks for a slot that overlaps every other clerk's: 09:00 plus a few minutes, for two hours
        Instant nine = now.plus(Duration.ofDays(3 + round));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Either<Rejection, Meeting>>> answers = new ArrayList<>();
        for (int n = 0; n < NODES; n++) {
          for (int c = 0; c < CLERKS_PER_NODE; c++) {
            BusinessCenter node = nodes.get(n);
            Instant from = nine.plus(Duration.ofMinutes(10L * (n * CLERKS_PER_NODE + c)));
            BookMeetingRoom booking = new BookMeetingRoom(CommandId.of("r" + round + "-n" + n + "-c" + c), TOWER, ROOM, from,
                from.plus(Duration.ofHours(2)), Client.of("ACME", "王小明", "13800138000"), "会议");
            Callable<Either<Rejection, Meeting>> book = () -> {
              go.await();
              return node.meetings().handle(booking, clerk);
            };
            answers.add(pool.submit(book));
          }
        }
        go.countDown();
        List<Meeting> won = new ArrayList<>();
        List<Rejection> lost = new ArrayList<>();
        for (Future<Either<Rejection, Meeting>> answer : answers) {
          Either<Rejection, Meeting> a = answer.get(60, TimeUnit.SECONDS);
          a.peek(won::add).peekLeft(lost::add);
        }
        assertEquals(1, won.size(), () -> won.size() + " bookings of overlapping slots won: " + won);
        Meeting winner = won.get(0);
        for (Rejection r : lost) {
          assertTrue(r instanceof MeetingRejection.RoomAlreadyBooked clash && clash.other().equals(winner.id()), () -> "lost to the winner: " + r);
        }
        assertEquals(List.of(winner), nodes.get(0).meetings().bookings(clerk, TOWER, ROOM, nine, nine.plus(Duration.ofHours(4))));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
