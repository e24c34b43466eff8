package io.bizcenter.testkit.complaints;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.complaints.ComplaintFixture.COMPLAINANT_NAME;
import static io.bizcenter.testkit.complaints.ComplaintFixture.COMPLAINANT_PHONE;
import static io.bizcenter.testkit.complaints.ComplaintFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.ProcedureName;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.testkit.Actors;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reading a complaint is for the seats that handle it (GS-5, CP-0.1): a seat of the same center with no part in it, such
 * as Security, is refused and sees nothing of it, least of all the complainant's name and phone.
 */
@DisplayName("A Security seat reading a complaint (GS-5, CP-0.1)")
class SecuritySeatReadingAComplaintTest {
  private final ComplaintFixture fixture = new ComplaintFixture();

  @Test
  @DisplayName("GS-5 CP-1.1: Security is refused the complaint and its trail with NOT_A_READER, and is shown no name and no phone")
  void securityIsRefused() {
    Complaint complaint = fixture.accepted(fixture.phoneComplaint(), fixture.operations);

    Rejection found = fixture.desk().find(fixture.security, TOWER, complaint.id()).getLeft();
    Rejection trail = fixture.desk().trail(fixture.security, TOWER, complaint.id()).getLeft();

    for (Rejection refused : List.of(found, trail)) {
      assertRejection(refused, Rejection.NotAReader.class, "NOT_A_READER", "GS-5", new ProcedureName("complaints"), Role.STAFF, Department.SECURITY);
      for (String shown : List.of(refused.toString(), refused.message(Messages.ZH_CN), refused.message(Messages.EN))) {
        assertFalse(shown.contains(COMPLAINANT_NAME) || shown.contains(COMPLAINANT_PHONE), shown);
      }
    }
    assertEquals(List.of(), fixture.desk().availableActions(fixture.security, TOWER, complaint.id()).get(), "and it may do nothing");
  }

  @Test
  @DisplayName("GS-5 CP-0.1 CP-1.4: the seats that take in, handle or resolve complaints read it, the complainant included")
  void theHandlersRead() {
    Complaint complaint = fixture.accepted(fixture.phoneComplaint(), fixture.operations);

    for (Actor reader : List.of(fixture.operations, fixture.management, fixture.managementOffice, fixture.generalOffice)) {
      assertEquals(complaint, fixture.desk().find(reader, TOWER, complaint.id()).get(), reader.department().name());
      assertEquals(1, fixture.desk().trail(reader, TOWER, complaint.id()).get().size(), reader.department().name());
    }
  }

  @Test
  @DisplayName("GS-5 CP-1.3: the department concerned reads the complaint once it is passed to it, and not before")
  void theDepartmentConcernedReadsItOncePassed() {
    Actor engineer = Actors.of("en-09", Role.STAFF, Department.ENGINEERING, TOWER);
    Complaint assured = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.OUTSIDE), fixture::assureCaller);
    assertTrue(fixture.desk().find(engineer, TOWER, assured.id()).isLeft(), "not yet passed to Engineering");

    Complaint forwarded = fixture.accepted(fixture.forward(assured.id(), Department.ENGINEERING), fixture.operations);

    assertEquals(forwarded, fixture.desk().find(engineer, TOWER, forwarded.id()).get());
    assertTrue(fixture.desk().find(fixture.security, TOWER, forwarded.id()).isLeft(), "Security still reads nothing");
  }
}
