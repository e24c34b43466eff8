package io.bizcenter.testkit.complaints;

import static io.bizcenter.testkit.complaints.ComplaintFixture.START;
import static io.bizcenter.testkit.complaints.ComplaintFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.AssureCaller;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.InMemoryCenter;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.check.StoreSnapshot;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A broken clock or zone configuration is answered, not thrown: a command gets TIME_NOT_KNOWN and writes nothing; the
 * agenda and the relay take a time outside the range at its nearest end; a clock that goes back never puts a case's
 * trail out of order (GS-6).
 */
@DisplayName("Broken clocks and zones are answered as values, the same on every store (GS-6, GS-7)")
class BrokenClocksAndZonesTest {
  private final Actor clerk = Actors.of("op-07", Role.OPERATIONS_DEPUTY_SUPERVISOR, Department.OPERATIONS, TOWER);

  @Test
  @DisplayName("GS-6 a clock at Instant.MAX, Instant.MIN or before 2000 gets TIME_NOT_KNOWN in both languages, and nothing is written")
  void aClockOutOfRangeDecidesNothing() {
    for (Instant broken : List.of(Instant.MAX, Instant.MIN, Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59Z"))) {
      InMemoryCenter parts = new InMemoryCenter(START, "C");
      BusinessCenter center = parts.builder().build();
      StoreSnapshot before = parts.snapshot(List.of(TOWER));
      parts.clock().set(broken);

      Either<Rejection, Complaint> answer = center.complaints().handle(phoneComplaint(parts), clerk);

      assertEquals(new Rejection.TimeNotKnown(TOWER, "clock " + broken), answer.getLeft(), broken::toString);
      assertEquals(Clause.of("GS-6"), answer.getLeft().clause());
      assertTrue(answer.getLeft().message(Messages.ZH_CN).contains("无法确定"), answer.getLeft().message(Messages.ZH_CN));
      assertTrue(answer.getLeft().message(Messages.EN).contains("cannot be known"), answer.getLeft().message(Messages.EN));
      assertEquals(before, parts.snapshot(List.of(TOWER)), "a command under a broken clock wrote nothing");
      assertEquals(List.of(), center.agenda().dueToday(clerk, TOWER), "the agenda answers under the broken clock too");
      assertEquals(0, center.notices().deliverPending(10).delivered(), "and so does the relay");
    }
  }

  @Test
  @DisplayName("GS-6 a zones function that answers null for the center gets TIME_NOT_KNOWN on a command; the agenda names the misconfigured center")
  void aMissingZoneDecidesNothing() {
    InMemoryCenter parts = new InMemoryCenter(START, "C");
    BusinessCenter center = parts.builder().zones(c -> null).build();
    StoreSnapshot before = parts.snapshot(List.of(TOWER));

    Either<Rejection, Complaint> answer = center.complaints().handle(phoneComplaint(parts), clerk);

    assertEquals(new Rejection.TimeNotKnown(TOWER, "zone"), answer.getLeft());
    assertEquals(before, parts.snapshot(List.of(TOWER)), "nothing written");
    IllegalStateException misconfigured = assertThrows(IllegalStateException.class, () -> center.agenda().dueToday(clerk, TOWER));
    assertTrue(misconfigured.getMessage().contains("zz-tower"), misconfigured.getMessage());
  }

  @Test
  @DisplayName("GS-7 nothing is due by Instant.MIN and everything by Instant.MAX, without an exception")
  void theAgendaTakesAnyInstant() {
    InMemoryCenter parts = new InMemoryCenter(START, "C");
    BusinessCenter center = parts.builder().build();
    Complaint recorded = center.complaints().handle(phoneComplaint(parts), clerk).get();

    assertEquals(List.of(), center.agenda().dueBy(clerk, TOWER, Instant.MIN));
    assertTrue(center.agenda().dueBy(clerk, TOWER, Instant.MAX).stream().anyMatch(i -> i.caseId().equals(recorded.id().value())),
        "the new complaint's triage is due some time");
  }

  @Test
  @DisplayName("GS-6 a clock that goes back an hour (a node behind another) keeps the trail in order: the step takes the case's last time")
  void aClockGoingBackKeepsTheTrailInOrder() {
    InMemoryCenter parts = new InMemoryCenter(START, "C");
    BusinessCenter center = parts.builder().build();
    ManualClock clock = parts.clock();
    Complaint c = center.complaints().handle(phoneComplaint(parts), clerk).get();
    clock.advance(Duration.ofMinutes(10));
    center.complaints().handle(new Triage(parts.ids().freshCommandId(), TOWER, c.id(), Remit.OUTSIDE), clerk).get();
    Instant triaged = clock.instant();

    clock.set(triaged.minus(Duration.ofHours(1)));
    center.complaints().handle(new AssureCaller(parts.ids().freshCommandId(), TOWER, c.id()), clerk).get();
    clock.advance(Duration.ofMinutes(30));
    Complaint forwarded = center.complaints()
        .handle(new ForwardToDepartment(parts.ids().freshCommandId(), TOWER, c.id(), Department.SECURITY), clerk).get();

    List<Instant> times = center.complaints().trail(clerk, TOWER, c.id()).get().stream().map(AuditEntry::at).toList();
    assertEquals(List.of(START, triaged, triaged, triaged), times, "never before the step it follows");
    assertEquals(triaged, forwarded.stateEnteredAt(), "and the case's own record of the step agrees");
  }

  private static RecordPhoneComplaint phoneComplaint(InMemoryCenter parts) {
    return new RecordPhoneComplaint(parts.ids().freshCommandId(), TOWER, new ComplaintFixture().complainant(), ComplaintFixture.PHONE_CONTENT);
  }
}
