package io.bizcenter.benchmarks.complaints;

import io.bizcenter.core.complaints.Channel;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintEvent;
import io.bizcenter.core.complaints.ComplaintEvent.Apologised;
import io.bizcenter.core.complaints.ComplaintEvent.FollowedUp;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.complaints.Handler;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hand-written limit: a complaint as one immutable record of plain, nullable fields, the way a team would write it
 * without the library. A step records the same facts, produces the same events and sends the same notices as the
 * library's {@code Complaint}; whether a step is legal is decided elsewhere ({@link PlainRules}' enum switch, or a peer
 * engine), exactly once per step.
 */
public record PlainComplaint(
    String id, CenterId center, long version, ComplaintState state, Instant stateEnteredAt, PolicyVersion policy,
    Channel channel, Complainant complainant, String content, String letter, Instant receivedAt, StaffId receivedBy,
    Remit remit, String fix, String fixedNote, Department concernedDepartment, String plan, Handler handler,
    Instant complainantInformedAt, List<FollowedUp> followUps, Apologised apology, String archive, String visitFindings,
    List<Department> contactedDepartments, String generalOfficeReport, String resolution) {

  /** A step's result: the complaint after it, what happened, and the written notices it sends. */
  public record Outcome(PlainComplaint complaint, List<DomainEvent> events, List<Notice> notices) {}

  /** CP-1.1, CP-2.1: the intake record, at version 1 in {@code to}. */
  public static Outcome opened(ComplaintCommand.Opening c, String id, StaffId by, Instant at, ComplaintState to, PolicyVersion policy) {
    String letter = c.letterReference().orElse(null);
    PlainComplaint opened = new PlainComplaint(id, c.center(), 1, to, at, policy, c.channel(), c.complainant(), c.content(), letter, at, by,
        null, null, null, null, null, null, null, List.of(), null, null, null, List.of(), null, null);
    return new Outcome(opened, List.of(new ComplaintEvent.ComplaintRecorded(c.channel(), c.complainant(), c.content(), c.letterReference())),
        List.of());
  }

  /** The complaint after an allowed step into {@code to}, one version on; {@code clause} is the step's, for its notices. */
  public Outcome after(ComplaintCommand.OnComplaint command, ComplaintState to, Clause clause, Instant at) {
    PlainComplaint c = this;
    DomainEvent event;
    List<Notice> notices = List.of();
    switch (PlainRules.actionOf(command)) {
      case TRIAGE_WITHIN_REMIT, TRIAGE_OUTSIDE_REMIT, TRIAGE_HARD_CASE -> {
        Remit r = ((ComplaintCommand.Triage) command).remit();
        c = with(r, fix, fixedNote, concernedDepartment, plan, handler, complainantInformedAt, followUps, apology, archive, visitFindings,
            contactedDepartments, generalOfficeReport, resolution);
        event = new ComplaintEvent.Triaged(r);
      }
      case TELL_FIX -> {
        String f = ((ComplaintCommand.TellFix) command).fix();
        c = with(remit, f, fixedNote, concernedDepartment, plan, handler, complainantInformedAt, followUps, apology, archive, visitFindings,
            contactedDepartments, generalOfficeReport, resolution);
        event = new ComplaintEvent.FixTold(f);
      }
      case RECORD_FIXED -> {
        String note = ((ComplaintCommand.RecordFixed) command).note();
        c = with(remit, fix, note, concernedDepartment, plan, handler, complainantInformedAt, followUps, apology, archive, visitFindings,
            contactedDepartments, generalOfficeReport, resolution);
        event = new ComplaintEvent.FixRecorded(note);
      }
      case APOLOGISE -> {
        ComplaintCommand.Apologise a = (ComplaintCommand.Apologise) command;
        Apologised apologised = new Apologised(a.inWriting(), a.replyReference());
        c = with(remit, fix, fixedNote, concernedDepartment, plan, handler, complainantInformedAt, followUps, apologised, archive,
            visitFindings, contactedDepartments, generalOfficeReport, resolution);
        event = apologised;
      }
      case ARCHIVE_LETTER_AND_REPLY -> {
        String where = ((ComplaintCommand.ArchiveLetterAndReply) command).archive();
        c = with(remit, fix, fixedNote, concernedDepartment, plan, handler, complainantInformedAt, followUps, apology, where, visitFindings,
            contactedDepartments, generalOfficeReport, resolution);
        event = new ComplaintEvent.LetterAndReplyArchived(where);
      }
      case ASSURE_CALLER -> event = new ComplaintEvent.CallerAssured();
      case FORWARD_TO_DEPARTMENT -> {
        Department department = ((ComplaintCommand.ForwardToDepartment) command).department();
        c = with(remit, fix, fixedNote, department, plan, handler, complainantInformedAt, followUps, apology, archive, visitFindings,
            contactedDepartments, generalOfficeReport, resolution);
        event = new ComplaintEvent.ForwardedToDepartment(department);
        // for a letter, the copy of the letter goes with the notice (CP-2.3)
        notices = List.of(letter != null
            ? Notice.to(department, "CP_LETTER_FORWARDED", clause, id, letter)
            : Notice.to(department, "CP_COMPLAINT_FORWARDED", clause, id));
      }
      case RECORD_PLAN -> {
        ComplaintCommand.RecordPlan p = (ComplaintCommand.RecordPlan) command;
        c = with(remit, fix, fixedNote, concernedDepartment, p.plan(), p.handler(), complainantInformedAt, followUps, apology, archive,
            visitFindings, contactedDepartments, generalOfficeReport, resolution);
        event = new ComplaintEvent.PlanRecorded(p.plan(), p.handler());
      }
      case INFORM_COMPLAINANT -> {
        c = with(remit, fix, fixedNote, concernedDepartment, plan, handler, at, followUps, apology, archive, visitFindings,
            contactedDepartments, generalOfficeReport, resolution);
        event = new ComplaintEvent.ComplainantInformed();
      }
      case CONFIRM_SOLVED, REPORT_UNSOLVED -> {
        ComplaintCommand.FollowUp f = (ComplaintCommand.FollowUp) command;
        FollowedUp followedUp = new FollowedUp(f.solved(), f.note());
        List<FollowedUp> all = new ArrayList<>(followUps);
        all.add(followedUp);
        c = with(remit, fix, fixedNote, concernedDepartment, plan, handler, complainantInformedAt, List.copyOf(all), apology, archive,
            visitFindings, contactedDepartments, generalOfficeReport, resolution);
        event = followedUp;
        if (!f.solved()) {
          notices = List.of(Notice.to(concernedDepartment, "CP_COMPLAINT_STILL_UNSOLVED", clause, id));
        }
      }
      case VISIT_COMPANY -> {
        String findings = ((ComplaintCommand.VisitCompany) command).findings();
        c = with(remit, fix, fixedNote, concernedDepartment, plan, handler, complainantInformedAt, followUps, apology, archive, findings,
            contactedDepartments, generalOfficeReport, resolution);
        event = new ComplaintEvent.CompanyVisited(findings);
      }
      case CONTACT_DEPARTMENTS -> {
        List<Department> departments = ((ComplaintCommand.ContactDepartments) command).departments().stream().distinct().toList();
        List<Notice> told = new ArrayList<>(departments.size());
        for (Department d : departments) {
          told.add(Notice.to(d, "CP_HARD_CASE_CONTACT", clause, id));
        }
        c = with(remit, fix, fixedNote, concernedDepartment, plan, handler, complainantInformedAt, followUps, apology, archive, visitFindings,
            departments, generalOfficeReport, resolution);
        event = new ComplaintEvent.DepartmentsContacted(departments);
        notices = List.copyOf(told);
      }
      case REPORT_TO_GENERAL_OFFICE -> {
        String summary = ((ComplaintCommand.ReportToGeneralOffice) command).summary();
        c = with(remit, fix, fixedNote, concernedDepartment, plan, handler, complainantInformedAt, followUps, apology, archive, visitFindings,
            contactedDepartments, summary, resolution);
        event = new ComplaintEvent.ReportedToGeneralOffice(summary);
        notices = List.of(Notice.to(Department.GENERAL_OFFICE, "CP_HARD_CASE_REPORTED", clause, id));
      }
      case RECORD_RESOLUTION -> {
        String how = ((ComplaintCommand.RecordResolution) command).resolution();
        c = with(remit, fix, fixedNote, concernedDepartment, plan, handler, complainantInformedAt, followUps, apology, archive, visitFindings,
            contactedDepartments, generalOfficeReport, how);
        event = new ComplaintEvent.HardCaseResolved(how);
      }
      default -> throw new IllegalArgumentException(PlainRules.actionOf(command) + " does not act on an open complaint");
    }
    return new Outcome(c.advancedTo(to, at), List.of(event), notices);
  }

  public Optional<String> letterReference() {
    return Optional.ofNullable(letter);
  }

  private PlainComplaint advancedTo(ComplaintState to, Instant at) {
    return new PlainComplaint(id, center, version + 1, to, at, policy, channel, complainant, content, letter, receivedAt, receivedBy, remit,
        fix, fixedNote, concernedDepartment, plan, handler, complainantInformedAt, followUps, apology, archive, visitFindings,
        contactedDepartments, generalOfficeReport, resolution);
  }

  // one copy with the step's facts; the intake and the state stay as they are until advancedTo
  private PlainComplaint with(Remit remit, String fix, String fixedNote, Department concernedDepartment, String plan, Handler handler,
      Instant complainantInformedAt, List<FollowedUp> followUps, Apologised apology, String archive, String visitFindings,
      List<Department> contactedDepartments, String generalOfficeReport, String resolution) {
    return new PlainComplaint(id, center, version, state, stateEnteredAt, policy, channel, complainant, content, letter, receivedAt,
        receivedBy, remit, fix, fixedNote, concernedDepartment, plan, handler, complainantInformedAt, followUps, apology, archive,
        visitFindings, contactedDepartments, generalOfficeReport, resolution);
  }
}
