package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintCommand.Apologise;
import io.bizcenter.core.complaints.ComplaintCommand.ArchiveLetterAndReply;
import io.bizcenter.core.complaints.ComplaintCommand.AssureCaller;
import io.bizcenter.core.complaints.ComplaintCommand.ContactDepartments;
import io.bizcenter.core.complaints.ComplaintCommand.FollowUp;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.InformComplainant;
import io.bizcenter.core.complaints.ComplaintCommand.RecordFixed;
import io.bizcenter.core.complaints.ComplaintCommand.RecordLetterComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPlan;
import io.bizcenter.core.complaints.ComplaintCommand.RecordResolution;
import io.bizcenter.core.complaints.ComplaintCommand.ReportToGeneralOffice;
import io.bizcenter.core.complaints.ComplaintCommand.TellFix;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.ComplaintCommand.VisitCompany;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.Handler;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.Ids;
import io.bizcenter.core.port.Notifier;
import io.bizcenter.testkit.ManualClock;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/** What the reliability tests share: one center, its Operations clerk, a fixed instant, and the complaint branches. */
final class Fixtures {
  static final CenterId CENTER = CenterId.of("tower-1");
  static final Actor OPERATIONS = Actor.of("op-07", Role.STAFF, Department.OPERATIONS, CENTER);
  static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
  private static final AtomicLong COMMANDS = new AtomicLong();

  /** One step on an existing complaint, given its id. */
  interface Step extends Function<ComplaintId, ComplaintCommand> {}

  /** One branch of complaint handling (CP-1.2 ... CP-2.3), from its opening to its end. */
  record Branch(String name, Supplier<ComplaintCommand.Opening> opening, List<Step> steps) {
    @Override
    public String toString() {
      return name;
    }
  }

  private Fixtures() {}

  static BusinessCenter center(Storage storage, Ids ids, Clock clock, Notifier notifier) {
    return BusinessCenter.builder().storage(storage).ids(ids).clock(clock).notifier(notifier).build();
  }

  /** A center whose clock stands still at {@link #NOW} and whose notifier takes everything. */
  static BusinessCenter center(Storage storage, Ids ids) {
    return center(storage, ids, new ManualClock(NOW), notice -> { });
  }

  /** A command id no other command of this JVM has. */
  static CommandId commandId() {
    return CommandId.of("cmd-" + COMMANDS.incrementAndGet());
  }

  static RecordPhoneComplaint phoneComplaint() {
    return new RecordPhoneComplaint(commandId(), CENTER, Complainant.of("王小明", "上海某某贸易有限公司", "13800138000"), "办公室空调不制冷");
  }

  static RecordLetterComplaint letterComplaint() {
    return new RecordLetterComplaint(commandId(), CENTER, Complainant.of("李华", "ACME (Shanghai) Ltd.", "13912345678"),
        "大堂照明不足，电梯常停", "信件-2026-015");
  }

  /** From PHONE_RECEIVED to PHONE_FORWARDED (CP-1.3): triage outside the remit, assure the caller, forward to Engineering. */
  static List<Step> toPhoneForwarded() {
    return List.of(
        c -> new Triage(commandId(), CENTER, c, Remit.OUTSIDE),
        c -> new AssureCaller(commandId(), CENTER, c),
        c -> new ForwardToDepartment(commandId(), CENTER, c, Department.ENGINEERING));
  }

  /** The five branches of the procedure, each walked to its end. */
  static List<Branch> branches() {
    return List.of(
        new Branch("phone within remit (CP-1.2)", Fixtures::phoneComplaint, List.of(
            c -> new Triage(commandId(), CENTER, c, Remit.WITHIN),
            c -> new TellFix(commandId(), CENTER, c, "今天下午派工程部检修空调"),
            c -> new RecordFixed(commandId(), CENTER, c, "空调已修复"),
            c -> new Apologise(commandId(), CENTER, c, false, null))),
        new Branch("phone outside remit (CP-1.3)", Fixtures::phoneComplaint, List.of(
            c -> new Triage(commandId(), CENTER, c, Remit.OUTSIDE),
            c -> new AssureCaller(commandId(), CENTER, c),
            c -> new ForwardToDepartment(commandId(), CENTER, c, Department.SECURITY),
            c -> new RecordPlan(commandId(), CENTER, c, "夜班增加一名保安巡逻车库", Handler.of("赵队长", "021-55550123")),
            c -> new InformComplainant(commandId(), CENTER, c),
            c -> new FollowUp(commandId(), CENTER, c, false, "仍有车辆被刮"),
            c -> new RecordPlan(commandId(), CENTER, c, "车库加装摄像头", Handler.of("赵队长", "021-55550123")),
            c -> new InformComplainant(commandId(), CENTER, c),
            c -> new FollowUp(commandId(), CENTER, c, true, "客户确认已解决"))),
        new Branch("letter within remit (CP-2.2)", Fixtures::letterComplaint, List.of(
            c -> new Triage(commandId(), CENTER, c, Remit.WITHIN),
            c -> new TellFix(commandId(), CENTER, c, "电话答复：本周内更换大堂照明"),
            c -> new RecordFixed(commandId(), CENTER, c, "照明已更换"),
            c -> new Apologise(commandId(), CENTER, c, true, "回函-2026-031"),
            c -> new ArchiveLetterAndReply(commandId(), CENTER, c, "档案-CP-2026-07"))),
        new Branch("letter outside remit (CP-2.3)", Fixtures::letterComplaint, List.of(
            c -> new Triage(commandId(), CENTER, c, Remit.OUTSIDE),
            c -> new ForwardToDepartment(commandId(), CENTER, c, Department.ENGINEERING),
            c -> new InformComplainant(commandId(), CENTER, c),
            c -> new FollowUp(commandId(), CENTER, c, true, "电梯已恢复正常"),
            c -> new Apologise(commandId(), CENTER, c, true, "回函-2026-032"),
            c -> new ArchiveLetterAndReply(commandId(), CENTER, c, "档案-CP-2026-08"))),
        new Branch("hard case (CP-1.4)", Fixtures::phoneComplaint, List.of(
            c -> new Triage(commandId(), CENTER, c, Remit.HARD_CASE),
            c -> new VisitCompany(commandId(), CENTER, c, "客户对租金调整和装修噪音均有异议"),
            c -> new ContactDepartments(commandId(), CENTER, c, List.of(Department.ENGINEERING, Department.FINANCE)),
            c -> new ReportToGeneralOffice(commandId(), CENTER, c, "涉及租金与装修管理，需公司协调"),
            c -> new RecordResolution(commandId(), CENTER, c, "总办协调后租金分期调整，装修限时施工"))));
  }

  /** Opens a complaint and takes {@code steps} on it through {@code center}, each of which must be accepted. */
  static Complaint walk(BusinessCenter center, ComplaintCommand.Opening opening, List<Step> steps) {
    Complaint complaint = accepted(center.complaints().handle(opening, OPERATIONS));
    for (Step step : steps) {
      complaint = accepted(center.complaints().handle(step.apply(complaint.id()), OPERATIONS));
    }
    return complaint;
  }

  static Complaint accepted(Either<Rejection, Complaint> answer) {
    assertTrue(answer.isRight(), () -> "expected the command to be accepted, but it was rejected: " + answer.getLeft());
    return answer.get();
  }
}
