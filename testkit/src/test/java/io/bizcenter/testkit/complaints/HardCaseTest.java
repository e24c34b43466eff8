package io.bizcenter.testkit.complaints;

import static io.bizcenter.core.complaints.ComplaintAction.*;
import static io.bizcenter.core.complaints.ComplaintState.*;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.complaints.ComplaintFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintEvent;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.ComplaintRejection;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.testkit.complaints.ComplaintFixture.Expect;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A hard case (CP-1.4)")
class HardCaseTest {
  private final ComplaintFixture fixture = new ComplaintFixture();

  @Test
  @DisplayName("CP-1.1, CP-1.4, GS-6, GS-7: company visited, departments contacted, General Office notified, resolution recorded by it")
  void visitedContactedReportedAndResolved() {
    Complaint reported = untilReported(fixture.operations);

    Complaint closed = fixture.step(fixture.recordResolution(reported.id()), fixture.generalOffice,
        Expect.step(RECORD_RESOLUTION, "CP-1.4", CLOSED, new ComplaintEvent.HardCaseResolved(ComplaintFixture.RESOLUTION)));

    assertEquals(Optional.of(ComplaintFixture.RESOLUTION), closed.resolution());
    assertEquals(List.of(Department.ENGINEERING, Department.FINANCE), closed.contactedDepartments());
  }

  @Test
  @DisplayName("CP-0.1, CP-1.4: Operations, helping, may record the resolution itself; the Management dept may take every step")
  void operationsOrTheManagementDeptMayResolve() {
    Complaint reported = untilReported(fixture.management);

    fixture.step(fixture.recordResolution(reported.id()), fixture.operations,
        Expect.step(RECORD_RESOLUTION, "CP-1.4", CLOSED, new ComplaintEvent.HardCaseResolved(ComplaintFixture.RESOLUTION)));
  }

  @Test
  @DisplayName("GS-7: each step left past its due time shows as overdue for Operations, and may still be taken late")
  void stepsLeftTooLongAreOverdue() {
    fixture.takeEveryStepLate();
    Complaint reported = untilReported(fixture.operations);
    fixture.step(fixture.recordResolution(reported.id()), fixture.generalOffice,
        Expect.step(RECORD_RESOLUTION, "CP-1.4", CLOSED, new ComplaintEvent.HardCaseResolved(ComplaintFixture.RESOLUTION)));
  }

  /** The branch in the source's order: visit the company, contact the departments concerned, report to the General Office. */
  private Complaint untilReported(Actor clerk) {
    // given a phone complaint Operations judges hard
    Complaint c = fixture.step(fixture.phoneComplaint(), clerk,
        Expect.step(RECORD_PHONE_COMPLAINT, "CP-1.1", PHONE_RECEIVED, fixture.recordedByPhone())
            .thenMay(TRIAGE_WITHIN_REMIT, TRIAGE_OUTSIDE_REMIT, TRIAGE_HARD_CASE));
    ComplaintId id = c.id();
    fixture.step(fixture.triage(id, Remit.HARD_CASE), clerk,
        Expect.step(TRIAGE_HARD_CASE, "CP-1.4", HARD_CASE, new ComplaintEvent.Triaged(Remit.HARD_CASE)).thenMay(VISIT_COMPANY));
    // when Operations visits the company and contacts each department concerned (named twice, told once)
    fixture.step(fixture.visitCompany(id), clerk,
        Expect.step(VISIT_COMPANY, "CP-1.4", HARD_CASE_VISITED, new ComplaintEvent.CompanyVisited(ComplaintFixture.FINDINGS))
            .thenMay(CONTACT_DEPARTMENTS));
    fixture.step(fixture.contactDepartments(id, Department.ENGINEERING, Department.FINANCE, Department.ENGINEERING), clerk,
        Expect.step(CONTACT_DEPARTMENTS, "CP-1.4", HARD_CASE_DEPARTMENTS_CONTACTED,
                new ComplaintEvent.DepartmentsContacted(List.of(Department.ENGINEERING, Department.FINANCE)))
            .thenMay(REPORT_TO_GENERAL_OFFICE)
            .notifying(Department.ENGINEERING, "CP_HARD_CASE_CONTACT")
            .notifying(Department.FINANCE, "CP_HARD_CASE_CONTACT"));
    // then the report reaches the General Office in writing, and its resolution is on the General Office's agenda too
    return fixture.step(fixture.reportToGeneralOffice(id), clerk,
        Expect.step(REPORT_TO_GENERAL_OFFICE, "CP-1.4", HARD_CASE_REPORTED, new ComplaintEvent.ReportedToGeneralOffice(ComplaintFixture.SUMMARY))
            .thenMay(RECORD_RESOLUTION)
            .notifying(Department.GENERAL_OFFICE, "CP_HARD_CASE_REPORTED"));
  }

  @Test
  @DisplayName("CP-1.4, GS-7: once reported, the General Office sees the resolution on its agenda, due by the policy's limit")
  void theGeneralOfficeSeesItOnItsAgenda() {
    Complaint reported = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.HARD_CASE), fixture::visitCompany, id -> fixture.contactDepartments(id, Department.LEGAL),
        fixture::reportToGeneralOffice);

    List<AgendaItem> items = fixture.center.agenda().dueBy(fixture.generalOffice, TOWER, ComplaintFixture.dueOf(reported));

    assertEquals(1, items.size());
    assertEquals(Seat.in(Department.GENERAL_OFFICE), items.get(0).seat());
    assertEquals(List.of(RECORD_RESOLUTION.name()), items.get(0).actions());
    assertEquals(ComplaintFixture.dueOf(reported), items.get(0).dueAt());
  }

  @Test
  @DisplayName("CP-1.4, CP-2.1: a letter cannot be triaged as a hard case (the source puts hard cases among phone complaints)")
  void aLetterIsNotAHardCase() {
    Complaint letter = fixture.accepted(fixture.letterComplaint(), fixture.operations);

    Rejection rejection = fixture.rejected(fixture.triage(letter.id(), Remit.HARD_CASE), fixture.operations);

    assertRejection(rejection, Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-2.1", LETTER_RECEIVED, TRIAGE_HARD_CASE);
  }

  @Test
  @DisplayName("CP-1.4: Operations is not among the departments it contacts; a list naming it is refused whole, no notice sent")
  void operationsDoesNotContactItself() {
    Complaint visited = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.HARD_CASE), fixture::visitCompany);

    Rejection alone = fixture.rejected(fixture.contactDepartments(visited.id(), Department.OPERATIONS), fixture.operations);
    Rejection among = fixture.rejected(
        fixture.contactDepartments(visited.id(), Department.ENGINEERING, Department.OPERATIONS), fixture.operations);

    for (Rejection rejection : List.of(alone, among)) {
      assertRejection(rejection, ComplaintRejection.DepartmentConcernedIsOperations.class, "CP_DEPARTMENT_CONCERNED_IS_OPERATIONS",
          "CP-1.4", Department.OPERATIONS);
    }
    assertEquals(List.of(), fixture.storage.eventLog().pendingNotices(100));
  }

  @Test
  @DisplayName("CP-1.4: the General Office may record the resolution; Engineering, a department contacted, may not")
  void whoMayRecordTheResolution() {
    Complaint reported = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.HARD_CASE), fixture::visitCompany, id -> fixture.contactDepartments(id, Department.ENGINEERING),
        fixture::reportToGeneralOffice);

    Rejection byEngineering = fixture.rejected(fixture.recordResolution(reported.id()), fixture.engineering);
    Complaint byGeneralOffice = fixture.accepted(fixture.recordResolution(reported.id()), fixture.generalOffice);

    assertRejection(byEngineering, Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "CP-1.4",
        RECORD_RESOLUTION, Role.RENOVATION_MANAGER, Department.ENGINEERING);
    assertEquals(CLOSED, byGeneralOffice.state());
  }

  @Test
  @DisplayName("CP-1.4: the General Office takes no step of Operations' own: it does not visit the company")
  void theGeneralOfficeDoesNotVisit() {
    Complaint hard = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations), id -> fixture.triage(id, Remit.HARD_CASE));

    Rejection rejection = fixture.rejected(fixture.visitCompany(hard.id()), fixture.generalOffice);

    assertRejection(rejection, Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "CP-1.4",
        VISIT_COMPANY, Role.DEPARTMENT_MANAGER, Department.GENERAL_OFFICE);
  }

  @Test
  @DisplayName("CP-1.4: the departments are contacted after the visit, the report follows them, the resolution follows the report")
  void stepsComeInTheSourcesOrder() {
    Complaint hard = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations), id -> fixture.triage(id, Remit.HARD_CASE));
    ComplaintId id = hard.id();

    assertRejection(fixture.rejected(fixture.contactDepartments(id, Department.ENGINEERING), fixture.operations),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.4", HARD_CASE, CONTACT_DEPARTMENTS);
    fixture.advance(hard, fixture::visitCompany);
    assertRejection(fixture.rejected(fixture.reportToGeneralOffice(id), fixture.operations),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.4", HARD_CASE_VISITED, REPORT_TO_GENERAL_OFFICE);
    fixture.advance(fixture.stored(id), i -> fixture.contactDepartments(i, Department.ENGINEERING));
    assertRejection(fixture.rejected(fixture.recordResolution(id), fixture.generalOffice),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.4", HARD_CASE_DEPARTMENTS_CONTACTED, RECORD_RESOLUTION);
  }
}
