package io.bizcenter.testkit.tenancy;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ACME;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1203;
import static io.bizcenter.testkit.tenancy.TenancyFixture.TOWER;
import static io.bizcenter.testkit.tenancy.TenancyFixture.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.ClientIntent;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutAction;
import io.bizcenter.core.tenancy.MoveOutCommand;
import io.bizcenter.core.tenancy.MoveOutEvent;
import io.bizcenter.core.tenancy.MoveOutId;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitAction;
import io.bizcenter.core.tenancy.RenewalVisitCommand;
import io.bizcenter.core.tenancy.RenewalVisitEvent;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.core.tenancy.TenancyRejection;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A move-out called off: the client stays after all, and its lease is watched again (MO-1.1)")
class MoveOutCalledOffTest {
  private final TenancyFixture fixture = new TenancyFixture();

  @Test
  @DisplayName("MO-1.1: called off after the joint inventory, the move-out ends and the lease watch's renewal visit is owed again")
  void theClientStaysAfterAll() {
    MoveIn m = fixture.movedIn(ACME, ROOM_1203);
    RenewalVisit lease = fixture.leaseOf(m);
    fixture.clock.set(local("2028-03-01T10:00"));
    fixture.accepted(fixture.intent(lease.id(), ClientIntent.LEAVE), fixture.serviceClerk);
    MoveOut out = fixture.moveOutOf(m);
    out = fixture.accepted(fixture.inventoryAllIntact(out.id()), fixture.serviceClerk);

    MoveOut calledOff = fixture.accepted(callOff(out), fixture.serviceClerk);

    assertEquals(MoveOutState.CALLED_OFF, calledOff.state());
    assertFalse(calledOff.vacated(), "the client never left");
    AuditEntry last = fixture.desk().trail(fixture.serviceClerk, TOWER, out.id()).get().get((int) calledOff.version() - 1);
    assertEquals(MoveOutAction.CALL_OFF.name(), last.action());
    assertEquals("MO-1.1", last.clause().id());
    assertEquals(List.of(new MoveOutEvent.MoveOutCalledOff("客户决定续租")), last.events());
    assertEquals(List.of(), fixture.agendaOf(fixture.serviceClerk, out.id().value()), "a called-off move-out owes nothing");
    // the lease is watched again, as it stood: its visit day (29 February) has passed, so the visit is owed at once
    RenewalVisit watched = fixture.leaseOf(m);
    assertEquals(RenewalVisitState.WATCHED, watched.state());
    List<AuditEntry> leaseTrail = fixture.desk().trail(fixture.serviceClerk, TOWER, watched.id()).get();
    assertEquals(RenewalVisitAction.RESUME_WATCH.name(), leaseTrail.get(leaseTrail.size() - 1).action());
    assertEquals(List.of(new RenewalVisitEvent.WatchResumed(out.id())), leaseTrail.get(leaseTrail.size() - 1).events());
    List<AgendaItem> visit = fixture.agendaOf(fixture.serviceClerk, watched.id().value());
    assertEquals(1, visit.size());
    assertEquals(local("2028-02-29T00:00"), visit.get(0).availableFrom());
    // still the tenant of its unit: key control cuts it a key
    Key cut = fixture.acceptedKey(new KeyCommand.CutKey(fixture.freshCommandId(), TOWER, Lock.officeDoor(ROOM_1203),
        Holder.tenant(ACME)));
    assertEquals(ACME, cut.holder().orElseThrow().tenant().orElseThrow());
  }

  @Test
  @DisplayName("MO-1.1: a client that calls its move-out off may give notice again: the move-out called off does not count as the move-in's")
  void noticeAgainLater() {
    MoveIn m = fixture.movedIn(ACME, ROOM_1203);
    MoveOut first = fixture.accepted(fixture.openMoveOut(m.id()), fixture.serviceClerk);
    fixture.accepted(callOff(first), fixture.serviceClerk);

    MoveOut second = fixture.accepted(fixture.openMoveOut(m.id()), fixture.serviceClerk);

    assertNotEquals(first.id(), second.id());
    assertEquals(second.id(), fixture.moveOutOf(m).id(), "the move-in's move-out is the live one");
    assertEquals(RenewalVisitState.LEAVING, fixture.leaseOf(m).state());
  }

  @Test
  @DisplayName("MO-1.1: said 'leave' at the visit, called off, then 'leave' again: the second departure opens a move-out of its own")
  void leaveAgainAtTheVisit() {
    MoveIn m = fixture.movedIn(ACME, ROOM_1203);
    RenewalVisit lease = fixture.leaseOf(m);
    fixture.clock.set(local("2028-03-01T10:00"));
    fixture.accepted(fixture.intent(lease.id(), ClientIntent.LEAVE), fixture.serviceClerk);
    MoveOut first = fixture.moveOutOf(m);
    fixture.accepted(callOff(first), fixture.serviceClerk);

    fixture.accepted(fixture.intent(lease.id(), ClientIntent.LEAVE), fixture.serviceClerk);

    MoveOut second = fixture.moveOutOf(m);
    assertNotEquals(first.id(), second.id(), "the move-out the first departure opened is not answered again");
    assertEquals(MoveOutState.LEAVING, second.state());
    assertEquals(RenewalVisitState.LEAVING, fixture.leaseOf(m).state());
  }

  @Test
  @DisplayName("MO-1.1 MO-3.3: once the client has left, the move-out can no longer be called off, and the watch has ended")
  void notAfterTheClientLeft() {
    MoveIn m = fixture.movedIn(ACME, ROOM_1203);
    MoveOut out = fixture.readyToLeave(m);
    out = fixture.accepted(fixture.vacate(out.id()), fixture.serviceClerk);
    assertEquals(RenewalVisitState.ENDED, fixture.leaseOf(m).state());

    Rejection refused = fixture.rejected(callOff(out), fixture.serviceClerk);

    assertRejection(refused, Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "MO-3.3", MoveOutState.VACATED, MoveOutAction.CALL_OFF);
    assertRejection(fixture.rejected(callOff(out), fixture.engineer), Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "MO-3.3",
        MoveOutState.VACATED, MoveOutAction.CALL_OFF);
  }

  @Test
  @DisplayName("MO-1.1 GS-5: only Service calls a move-out off, with a reason")
  void onlyServiceWithAReason() {
    MoveIn m = fixture.movedIn(ACME, ROOM_1203);
    MoveOut out = fixture.accepted(fixture.openMoveOut(m.id()), fixture.serviceClerk);

    assertEquals("ACTOR_NOT_PERMITTED", fixture.rejected(callOff(out), fixture.engineer).code());
    assertEquals("INVALID_INPUT", fixture.rejected(new MoveOutCommand.CallOff(fixture.freshCommandId(), TOWER, out.id(), " "),
        fixture.serviceClerk).code());
    assertEquals(MoveOutState.LEAVING, fixture.moveOutOf(m).state(), "nothing written");
  }

  @Test
  @DisplayName("MO-1.1 MO-3.3: the watch's own steps sent by hand are held to its own move-out: resumed only once called off, ended only once the client left")
  void theWatchFollowsItsMoveOut() {
    MoveIn m = fixture.movedIn(ACME, ROOM_1203);
    MoveOut out = fixture.accepted(fixture.openMoveOut(m.id()), fixture.serviceClerk);
    RenewalVisit lease = fixture.leaseOf(m);

    assertRejection(fixture.rejected(new RenewalVisitCommand.ResumeWatch(fixture.freshCommandId(), TOWER, lease.id(),
        out.id()), fixture.serviceClerk), TenancyRejection.MoveOutNotCalledOff.class, "MO_MOVE_OUT_NOT_CALLED_OFF",
        "MO-1.1", out.id().value(), MoveOutState.LEAVING);
    assertRejection(fixture.rejected(new RenewalVisitCommand.EndWatch(fixture.freshCommandId(), TOWER, lease.id(),
        out.id()), fixture.serviceClerk), TenancyRejection.ClientNotLeft.class, "MO_CLIENT_NOT_LEFT",
        "MO-3.3", out.id().value(), MoveOutState.LEAVING);
    MoveOutId unknown = MoveOutId.of("MO-404");
    assertRejection(fixture.rejected(new RenewalVisitCommand.ResumeWatch(fixture.freshCommandId(), TOWER, lease.id(),
        unknown), fixture.serviceClerk), TenancyRejection.MoveOutNotOfThisLease.class,
        "MO_MOVE_OUT_NOT_OF_THIS_LEASE", "MO-1.1", unknown.value(), m.id().value());
    assertEquals(RenewalVisitState.LEAVING, fixture.leaseOf(m).state(), "nothing written");
  }

  @Test
  @DisplayName("MO-1.1: a departure called off earlier does not resume the watch while a later move-out is under way")
  void anEarlierDepartureDoesNotResumeTheWatch() {
    MoveIn m = fixture.movedIn(ACME, ROOM_1203);
    MoveOut first = fixture.accepted(fixture.openMoveOut(m.id()), fixture.serviceClerk);
    fixture.accepted(callOff(first), fixture.serviceClerk);
    MoveOut second = fixture.accepted(fixture.openMoveOut(m.id()), fixture.serviceClerk);
    RenewalVisit lease = fixture.leaseOf(m);
    assertEquals(RenewalVisitState.LEAVING, lease.state());

    Rejection refused = fixture.rejected(new RenewalVisitCommand.ResumeWatch(fixture.freshCommandId(), TOWER, lease.id(), first.id()),
        fixture.serviceClerk);

    assertRejection(refused, TenancyRejection.MoveOutAlreadyOpen.class, "MO_MOVE_OUT_ALREADY_OPEN", "MO-1.1", m.id().value(),
        second.id().value());
    assertEquals(RenewalVisitState.LEAVING, fixture.leaseOf(m).state(), "the watch waits on the later move-out");
    fixture.accepted(callOff(second), fixture.serviceClerk);
    assertEquals(RenewalVisitState.WATCHED, fixture.leaseOf(m).state(), "called off in turn, the later one resumes it");
  }

  private MoveOutCommand.CallOff callOff(MoveOut out) {
    return new MoveOutCommand.CallOff(fixture.freshCommandId(), TOWER, out.id(), "客户决定续租");
  }
}
