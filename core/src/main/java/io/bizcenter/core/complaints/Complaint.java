package io.bizcenter.core.complaints;

import io.bizcenter.core.complaints.ComplaintCommand.Apologise;
import io.bizcenter.core.complaints.ComplaintCommand.ArchiveLetterAndReply;
import io.bizcenter.core.complaints.ComplaintCommand.AssureCaller;
import io.bizcenter.core.complaints.ComplaintCommand.ContactDepartments;
import io.bizcenter.core.complaints.ComplaintCommand.FollowUp;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.InformComplainant;
import io.bizcenter.core.complaints.ComplaintCommand.RecordFixed;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPlan;
import io.bizcenter.core.complaints.ComplaintCommand.RecordResolution;
import io.bizcenter.core.complaints.ComplaintCommand.ReportToGeneralOffice;
import io.bizcenter.core.complaints.ComplaintCommand.TellFix;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.ComplaintCommand.VisitCompany;
import io.bizcenter.core.complaints.ComplaintEvent.Apologised;
import io.bizcenter.core.complaints.ComplaintEvent.CallerAssured;
import io.bizcenter.core.complaints.ComplaintEvent.CompanyVisited;
import io.bizcenter.core.complaints.ComplaintEvent.ComplainantInformed;
import io.bizcenter.core.complaints.ComplaintEvent.ComplaintRecorded;
import io.bizcenter.core.complaints.ComplaintEvent.DepartmentsContacted;
import io.bizcenter.core.complaints.ComplaintEvent.FixRecorded;
import io.bizcenter.core.complaints.ComplaintEvent.FixTold;
import io.bizcenter.core.complaints.ComplaintEvent.FollowedUp;
import io.bizcenter.core.complaints.ComplaintEvent.ForwardedToDepartment;
import io.bizcenter.core.complaints.ComplaintEvent.HardCaseResolved;
import io.bizcenter.core.complaints.ComplaintEvent.LetterAndReplyArchived;
import io.bizcenter.core.complaints.ComplaintEvent.PlanRecorded;
import io.bizcenter.core.complaints.ComplaintEvent.ReportedToGeneralOffice;
import io.bizcenter.core.complaints.ComplaintEvent.Triaged;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.procedure.Step;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One complaint and everything recorded about it. Immutable: every decision answers a new complaint and the
 * events that led to it. Which step may come next is not decided here but by {@link ComplaintProcedure}; this
 * class only records what each allowed step does.
 */
@Value.Immutable
public abstract class Complaint implements Case<ComplaintState, Complaint> {
  @Override
  public abstract ComplaintId id();

  @Override
  public abstract CenterId center();

  @Override
  public abstract long version();

  @Override
  public abstract ComplaintState state();

  @Override
  public abstract Instant stateEnteredAt();

  @Override
  public abstract PolicyVersion policy();

  public abstract Channel channel();

  public abstract Complainant complainant();

  public abstract String content();

  /** The complainant's letter, for letter complaints (CP-2.1). */
  public abstract Optional<String> letter();

  public abstract Instant receivedAt();

  public abstract StaffId receivedBy();

  public abstract Optional<Remit> remit();

  public abstract Optional<String> fix();

  public abstract Optional<String> fixedNote();

  public abstract Optional<Department> concernedDepartment();

  public abstract Optional<String> plan();

  public abstract Optional<Handler> handler();

  public abstract Optional<Instant> complainantInformedAt();

  public abstract List<ComplaintEvent.FollowedUp> followUps();

  public abstract Optional<ComplaintEvent.Apologised> apology();

  /** Where the letter and our reply were archived (CP-2.2, CP-2.3). */
  public abstract Optional<String> archive();

  public abstract Optional<String> visitFindings();

  public abstract List<Department> contactedDepartments();

  public abstract Optional<String> generalOfficeReport();

  public abstract Optional<String> resolution();

  public static Builder builder() {
    return new Builder();
  }

  /** For adapters that rebuild a stored complaint. */
  public static final class Builder extends ImmutableComplaint.Builder {}

  @Override
  public Complaint advancedTo(ComplaintState to, Instant at, PolicyVersion policy) {
    return copy().withState(to).withStateEnteredAt(at).withPolicy(policy).withVersion(version() + 1);
  }

  public boolean isClosed() {
    return state() == ComplaintState.CLOSED;
  }

  /** CP-1.1, CP-2.1: the intake record. */
  static Decision<Complaint> open(ComplaintCommand.Opening c, Step<ComplaintState> step) {
    Complaint opened = builder()
        .id(ComplaintId.of(step.caseId()))
        .center(step.center())
        .version(0)
        .state(step.to())
        .stateEnteredAt(step.at())
        .policy(step.policy())
        .channel(c.channel())
        .complainant(c.complainant())
        .content(c.content())
        .letter(c.letterReference())
        .receivedAt(step.at())
        .receivedBy(step.actor().staff())
        .build();
    return Decision.of(opened, new ComplaintRecorded(c.channel(), c.complainant(), c.content(), c.letterReference()));
  }

  // the steps' decisions, each named in ComplaintProcedure's table beside the step it decides

  Decision<Complaint> triage(Triage t, Step<ComplaintState> step) {
    return Decision.of(copy().withRemit(t.remit()), new Triaged(t.remit()));
  }

  Decision<Complaint> tellFix(TellFix t, Step<ComplaintState> step) {
    return Decision.of(copy().withFix(t.fix()), new FixTold(t.fix()));
  }

  Decision<Complaint> recordFixed(RecordFixed t, Step<ComplaintState> step) {
    return Decision.of(copy().withFixedNote(t.note()), new FixRecorded(t.note()));
  }

  Decision<Complaint> apologise(Apologise t, Step<ComplaintState> step) {
    Apologised apology = new Apologised(t.inWriting(), t.replyReference());
    return Decision.of(copy().withApology(apology), apology);
  }

  Decision<Complaint> archive(ArchiveLetterAndReply t, Step<ComplaintState> step) {
    return Decision.of(copy().withArchive(t.archive()), new LetterAndReplyArchived(t.archive()));
  }

  Decision<Complaint> assureCaller(AssureCaller t, Step<ComplaintState> step) {
    return Decision.of(this, new CallerAssured());
  }

  /** The department concerned gets a written notice; for a letter, the copy of the letter goes with it (CP-2.3). */
  Decision<Complaint> forward(ForwardToDepartment t, Step<ComplaintState> step) {
    ImmutableComplaint c = copy();
    Notice notice = c.letter()
        .map(letter -> Notice.to(t.department(), "CP_LETTER_FORWARDED", step.clause(), c.id().value(), letter))
        .orElseGet(() -> Notice.to(t.department(), "CP_COMPLAINT_FORWARDED", step.clause(), c.id().value()));
    return Decision.of(c.withConcernedDepartment(t.department()), new ForwardedToDepartment(t.department()), notice);
  }

  Decision<Complaint> recordPlan(RecordPlan t, Step<ComplaintState> step) {
    return Decision.of(copy().withPlan(t.plan()).withHandler(t.handler()), new PlanRecorded(t.plan(), t.handler()));
  }

  Decision<Complaint> informComplainant(InformComplainant t, Step<ComplaintState> step) {
    return Decision.of(copy().withComplainantInformedAt(step.at()), new ComplainantInformed());
  }

  /** Not solved yet: the department concerned is told again and owes a new answer (our reading of CP-1.3, CP-2.3). */
  Decision<Complaint> followUp(FollowUp t, Step<ComplaintState> step) {
    ImmutableComplaint c = copy();
    FollowedUp followedUp = new FollowedUp(t.solved(), t.note());
    ImmutableComplaint next = c.withFollowUps(append(c.followUps(), followedUp));
    if (t.solved()) {
      return Decision.of(next, followedUp);
    }
    Department concerned = c.concernedDepartment().orElseThrow();
    return Decision.of(next, followedUp, Notice.to(concerned, "CP_COMPLAINT_STILL_UNSOLVED", step.clause(), c.id().value()));
  }

  Decision<Complaint> visitCompany(VisitCompany t, Step<ComplaintState> step) {
    return Decision.of(copy().withVisitFindings(t.findings()), new CompanyVisited(t.findings()));
  }

  Decision<Complaint> contactDepartments(ContactDepartments t, Step<ComplaintState> step) {
    ImmutableComplaint c = copy();
    List<Department> departments = t.departments().stream().distinct().toList();
    List<Notice> notices = departments.stream()
        .map(d -> Notice.to(d, "CP_HARD_CASE_CONTACT", step.clause(), c.id().value()))
        .toList();
    return Decision.of(c.withContactedDepartments(departments), new DepartmentsContacted(departments), notices);
  }

  Decision<Complaint> reportToGeneralOffice(ReportToGeneralOffice t, Step<ComplaintState> step) {
    ImmutableComplaint c = copy();
    return Decision.of(c.withGeneralOfficeReport(t.summary()), new ReportedToGeneralOffice(t.summary()),
        Notice.to(Department.GENERAL_OFFICE, "CP_HARD_CASE_REPORTED", step.clause(), c.id().value()));
  }

  Decision<Complaint> recordResolution(RecordResolution t, Step<ComplaintState> step) {
    return Decision.of(copy().withResolution(t.resolution()), new HardCaseResolved(t.resolution()));
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> all = new java.util.ArrayList<>(list);
    all.add(item);
    return all;
  }

  /** Every complaint is an ImmutableComplaint; the generated type stays hidden behind this one (ValueStyle). */
  private ImmutableComplaint copy() {
    return (ImmutableComplaint) ImmutableComplaint.copyOf(this);
  }
}
