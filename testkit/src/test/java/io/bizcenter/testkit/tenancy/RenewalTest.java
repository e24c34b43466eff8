package io.bizcenter.testkit.tenancy;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ACME;
import static io.bizcenter.testkit.tenancy.TenancyFixture.LEASE_EXPIRY;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1203;
import static io.bizcenter.testkit.tenancy.TenancyFixture.TOWER;
import static io.bizcenter.testkit.tenancy.TenancyFixture.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.tenancy.ClientIntent;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.Renewal;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitCommand;
import io.bizcenter.core.tenancy.RenewalVisitEvent;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.core.tenancy.TenancyRejection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A renewal: the client, visited two months before expiry, renews; contract signing gets it; the new term is watched (MO-1.1)")
class RenewalTest {
  private final TenancyFixture fixture = new TenancyFixture();

  @Test
  @DisplayName("MO-1.1: visited undecided and reminded to negotiate, then renews: handed to contract signing, and the new term is watched again")
  void renewal() {
    MoveIn m = fixture.movedIn(ACME, ROOM_1203);
    RenewalVisit lease = fixture.leaseOf(m);
    fixture.clock.set(local("2028-03-01T10:00"));

    // the first visit: the client has not decided; Service owes its answer before the lease ends
    lease = fixture.accepted(fixture.intent(lease.id(), ClientIntent.UNDECIDED), fixture.serviceClerk);
    assertEquals(RenewalVisitState.VISITED, lease.state());
    AgendaItem followUp = fixture.agendaOf(fixture.serviceClerk, lease.id().value()).get(0);
    assertEquals(List.of("RECORD_UNDECIDED", "RECORD_RENEWAL", "RECORD_DEPARTURE"), followUp.actions());
    assertEquals(local("2028-04-30T00:00"), followUp.dueAt());

    // the second: it will renew; the renewal goes to contract signing, once, with a stable id
    RenewalVisitCommand.RecordIntent renew = fixture.intent(lease.id(), ClientIntent.RENEW);
    lease = fixture.accepted(renew, fixture.serviceClerk);
    assertEquals(RenewalVisitState.RENEWING, lease.state());
    // Operations & Leasing is told in writing to negotiate and draft the renewed lease (MO-1.1, CS-1.1)
    List<OutboxNotice> toSign = fixture.storage.eventLog().pendingNotices(100).stream()
        .filter(n -> n.notice().code().equals("MO_RENEWAL_TO_SIGN")).toList();
    assertEquals(1, toSign.size());
    assertEquals(Department.OPERATIONS, toSign.get(0).notice().to());
    assertTrue(toSign.get(0).message(Messages.ZH_CN).contains(TenancyFixture.COMPANY), toSign.get(0).message(Messages.ZH_CN));
    assertEquals(List.of(new Renewal(TOWER, lease.id() + "/term-1", lease.id(), m.id(), ACME, TenancyFixture.COMPANY, List.of(ROOM_1203),
        LEASE_EXPIRY, lease.stateEnteredAt())), fixture.renewals);
    AuditEntry last = fixture.desk().trail(fixture.serviceClerk, TOWER, lease.id()).get().get(lease.visits().size());
    assertTrue(last.events().contains(new RenewalVisitEvent.RenewalHandedOver(lease.id() + "/term-1")), last.events().toString());
    assertEquals(2, lease.visits().size());
    // a repeat answers the first answer; the hand-over may come again (at least once), with the same id
    assertEquals(lease, fixture.send(renew, fixture.serviceClerk).get());
    String renewalId = lease.id() + "/term-1";
    assertTrue(fixture.renewals.stream().allMatch(r -> r.id().equals(renewalId)));

    // the new term ends after the current one
    assertRejection(fixture.rejected(fixture.newTerm(lease.id(), LEASE_EXPIRY), fixture.operations), TenancyRejection.NewTermNotLater.class,
        "MO_NEW_TERM_NOT_LATER", "MO-1.1", "2028-04-30", "2028-04-30");
    // contract signing (Operations & Leasing) records the renewed term: the lease is watched again, two months before its new expiry
    RenewalVisit renewed = fixture.accepted(fixture.newTerm(lease.id(), LocalDate.of(2030, 4, 30)), fixture.operations);
    assertEquals(RenewalVisitState.WATCHED, renewed.state());
    assertEquals(2, renewed.term());
    assertEquals(LocalDate.of(2030, 2, 28), renewed.visitDue());
    assertEquals(local("2030-02-28T00:00"), fixture.agendaOf(fixture.serviceClerk, renewed.id().value()).get(0).availableFrom());
    assertEquals(LocalDate.of(2030, 4, 30), fixture.desk().directory(fixture.serviceClerk, TOWER).get().unit(ROOM_1203).get().leaseExpiry());
    // the next renewal carries the next id
    fixture.accepted(fixture.intent(renewed.id(), ClientIntent.RENEW), fixture.serviceClerk);
    assertEquals(renewed.id() + "/term-2", fixture.renewals.get(fixture.renewals.size() - 1).id());
  }

  @Test
  @DisplayName("MO-1.1 one watch per move-in, for a completed move-in; a renewal that falls through ends in a departure")
  void oneWatchPerMoveIn() {
    MoveIn m = fixture.movedIn(ACME, ROOM_1203);
    RenewalVisit lease = fixture.leaseOf(m);

    assertRejection(fixture.rejected(new RenewalVisitCommand.WatchLease(fixture.freshCommandId(), TOWER, m.id()), fixture.serviceClerk),
        TenancyRejection.LeaseAlreadyWatched.class, "MO_LEASE_ALREADY_WATCHED", "MO-1.1", m.id().value(), lease.id().value());
    MoveIn coming = fixture.noticed(TenancyFixture.BETA, TenancyFixture.ROOM_1501);
    assertRejection(fixture.rejected(new RenewalVisitCommand.WatchLease(fixture.freshCommandId(), TOWER, coming.id()), fixture.serviceClerk),
        TenancyRejection.MoveInNotCompleted.class, "MO_MOVE_IN_NOT_COMPLETED", "MO-1.1", coming.id().value(),
        io.bizcenter.core.tenancy.MoveInState.NOTICE_RECEIVED);
    assertEquals("CASE_NOT_FOUND", fixture.rejected(new RenewalVisitCommand.WatchLease(fixture.freshCommandId(), TOWER,
        io.bizcenter.core.tenancy.MoveInId.of("T-404")), fixture.serviceClerk).code());

    fixture.accepted(fixture.intent(lease.id(), ClientIntent.RENEW), fixture.serviceClerk);
    RenewalVisit leaving = fixture.accepted(fixture.intent(lease.id(), ClientIntent.LEAVE), fixture.serviceClerk);
    assertEquals(RenewalVisitState.LEAVING, leaving.state());
    assertEquals(io.bizcenter.core.tenancy.MoveOutState.LEAVING, fixture.moveOutOf(m).state());
    assertEquals(List.of(), fixture.agendaOf(fixture.serviceClerk, lease.id().value()));
    assertRejection(fixture.rejected(fixture.intent(lease.id(), ClientIntent.RENEW), fixture.serviceClerk), Rejection.ActionNotAllowed.class,
        "ACTION_NOT_ALLOWED", "MO-1.1", RenewalVisitState.LEAVING, io.bizcenter.core.tenancy.RenewalVisitAction.RECORD_RENEWAL);
  }
}
