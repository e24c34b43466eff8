package io.bizcenter.testkit.tenancy;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ACME;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1203;
import static io.bizcenter.testkit.tenancy.TenancyFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.core.tenancy.TenancyRejection;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A move-in with a secondary renovation: the renovation manager introduced and the first meeting held (MI-6.2)")
class MoveInWithRenovationTest {
  private final TenancyFixture fixture = new TenancyFixture();

  @Test
  @DisplayName("MI-6.2 MI-6.3: Service introduces Engineering's renovation manager, who holds the first meeting; then the move-in completes")
  void renovationPath() {
    // given a client handed its unit and told everything (MI-4, MI-5), which applies for a secondary renovation
    MoveIn m = fixture.advance(fixture.noticed(ACME, ROOM_1203), MoveInState.UNIT_HANDED_OVER);
    m = fixture.advance(m, MoveInState.RENOVATION_MANAGER_INTRODUCED);
    assertEquals(MoveInState.RENOVATION_MANAGER_INTRODUCED, m.state());
    assertEquals(fixture.renovationManager.staff(), m.renovation().get().manager());
    assertEquals("装修申请-2026-07", m.renovation().get().application());
    assertTrue(m.move().isEmpty(), "no freight elevator is booked on the renovation path");
    // the first meeting is on the renovation managers' agenda (beside Engineering's reading, which they see as Engineering)
    assertEquals(Clause.of("MI-6.2"),
        TenancyFixture.item(fixture.agendaOf(fixture.renovationManager, m.id().value()), "HOLD_FIRST_RENOVATION_MEETING").get().clause());
    assertEquals(List.of("RECORD_METER_READING"), fixture.actionsOf(fixture.engineer, m.id().value()), "an engineer is not offered the meeting");

    // only a renovation manager of Engineering holds it, and only the one introduced
    assertRejection(fixture.rejected(fixture.firstMeeting(m.id()), fixture.engineer), Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED",
        "MI-6.2", MoveInAction.HOLD_FIRST_RENOVATION_MEETING, Role.STAFF, Department.ENGINEERING);
    assertRejection(fixture.rejected(fixture.firstMeeting(m.id()), fixture.serviceClerk), Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED",
        "MI-6.2", MoveInAction.HOLD_FIRST_RENOVATION_MEETING, Role.STAFF, Department.SERVICE);
    assertRejection(fixture.rejected(fixture.firstMeeting(m.id()), fixture.otherRenovationManager),
        TenancyRejection.NotTheIntroducedRenovationManager.class, "MI_NOT_THE_INTRODUCED_RENOVATION_MANAGER", "MI-6.2", "en-rm-1");

    m = fixture.accepted(fixture.firstMeeting(m.id()), fixture.renovationManager);
    assertEquals(MoveInState.RENOVATION_MEETING_HELD, m.state());
    assertTrue(m.renovation().get().firstMeetingAt().isPresent());

    // MI-6.3: the file, Engineering's reading, then completion
    m = fixture.advance(m, MoveInState.COMPLETED);
    assertEquals(MoveInState.COMPLETED, m.state());
    assertEquals(RenewalVisitState.WATCHED, fixture.leaseOf(m).state());
  }

  @Test
  @DisplayName("MI-6.1 MI-6.2 the move and the renovation are two paths: one excludes the other")
  void oneOrTheOther() {
    MoveIn m = fixture.advance(fixture.noticed(ACME, ROOM_1203), MoveInState.RENOVATION_MANAGER_INTRODUCED);

    assertRejection(fixture.rejected(fixture.bookMove(m.id(), "2026-04-01T09:00", "2026-04-01T11:00"), fixture.serviceClerk),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "MI-6.2", MoveInState.RENOVATION_MANAGER_INTRODUCED, MoveInAction.BOOK_MOVE);
    assertEquals(List.of(MoveInAction.ANSWER_QUESTION, MoveInAction.FILE_DOCUMENT, MoveInAction.RECORD_CLIENT_CONTACTS),
        fixture.desk().availableActions(fixture.serviceClerk, TOWER, m.id()).get());
  }
}
