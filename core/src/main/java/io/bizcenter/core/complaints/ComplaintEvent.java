package io.bizcenter.core.complaints;

import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.Department;
import java.util.List;
import java.util.Optional;

/** What happened to a complaint, in the past tense; the audit trail holds them with who, when and the clause. */
public sealed interface ComplaintEvent extends DomainEvent {
  /** A complaint came in by phone or letter; the complainant's name, company and phone were written down (CP-1.1, CP-2.1). */
  record ComplaintRecorded(Channel channel, Complainant complainant, String content, Optional<String> letter) implements ComplaintEvent {}

  /** The complaint was judged within Operations' remit, outside it, or a hard case (CP-1.2 to CP-1.4, CP-2.2, CP-2.3). */
  record Triaged(Remit remit) implements ComplaintEvent {}

  /** The complainant was told the concrete fix (CP-1.2, CP-2.2). */
  record FixTold(String fix) implements ComplaintEvent {}

  /** The problem was fixed (CP-1.2, CP-2.2). */
  record FixRecorded(String note) implements ComplaintEvent {}

  /** The complainant got an apology: a call, in writing where needed (CP-1.2), or a written one for a letter (CP-2.2, CP-2.3). */
  record Apologised(boolean inWriting, Optional<String> reply) implements ComplaintEvent {}

  /** The complainant's letter and our reply were archived (CP-2.2, CP-2.3). */
  record LetterAndReplyArchived(String archive) implements ComplaintEvent {}

  /** The caller was told the department concerned will be contacted at once and the fix reported (CP-1.3). */
  record CallerAssured() implements ComplaintEvent {}

  /** The complaint was passed to the department concerned, a letter complaint with a copy of the letter (CP-1.3, CP-2.3). */
  record ForwardedToDepartment(Department department) implements ComplaintEvent {}

  /** The department concerned's plan was learnt, with its handler's name and phone number (CP-1.3). */
  record PlanRecorded(String plan, Handler handler) implements ComplaintEvent {}

  /** The complainant was called: told the plan and handler (CP-1.3), or that the department will solve it at once (CP-2.3). */
  record ComplainantInformed() implements ComplaintEvent {}

  /** A later call asked the complainant whether the problem was solved, and recorded the answer (CP-1.3, CP-2.3). */
  record FollowedUp(boolean solved, String note) implements ComplaintEvent {}

  /** Operations went to the complainant's company and learnt what happened in a hard case (CP-1.4). */
  record CompanyVisited(String findings) implements ComplaintEvent {}

  /** The departments concerned with a hard case were contacted (CP-1.4). */
  record DepartmentsContacted(List<Department> departments) implements ComplaintEvent {
    public DepartmentsContacted {
      departments = List.copyOf(departments);
    }
  }

  /** The hard case was reported to the General Office (CP-1.4). */
  record ReportedToGeneralOffice(String summary) implements ComplaintEvent {}

  /** The hard case was resolved, Operations having helped (CP-1.4). */
  record HardCaseResolved(String resolution) implements ComplaintEvent {}
}
