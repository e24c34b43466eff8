package io.bizcenter.core.complaints;

import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.Department;
import java.util.List;
import java.util.Optional;

/** What happened to a complaint, in the past tense; the audit trail holds them with who, when and the clause. */
public sealed interface ComplaintEvent extends DomainEvent {
  record ComplaintRecorded(Channel channel, Complainant complainant, String content, Optional<String> letter) implements ComplaintEvent {}

  record Triaged(Remit remit) implements ComplaintEvent {}

  record FixTold(String fix) implements ComplaintEvent {}

  record FixRecorded(String note) implements ComplaintEvent {}

  record Apologised(boolean inWriting, Optional<String> reply) implements ComplaintEvent {}

  record LetterAndReplyArchived(String archive) implements ComplaintEvent {}

  record CallerAssured() implements ComplaintEvent {}

  record ForwardedToDepartment(Department department) implements ComplaintEvent {}

  record PlanRecorded(String plan, Handler handler) implements ComplaintEvent {}

  record ComplainantInformed() implements ComplaintEvent {}

  record FollowedUp(boolean solved, String note) implements ComplaintEvent {}

  record CompanyVisited(String findings) implements ComplaintEvent {}

  record DepartmentsContacted(List<Department> departments) implements ComplaintEvent {
    public DepartmentsContacted {
      departments = List.copyOf(departments);
    }
  }

  record ReportedToGeneralOffice(String summary) implements ComplaintEvent {}

  record HardCaseResolved(String resolution) implements ComplaintEvent {}
}
