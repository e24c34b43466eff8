package io.bizcenter.benchmarks.complaints;

import io.bizcenter.core.complaints.Complainant;
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
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.complaints.Handler;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The complaint workload every complaint benchmark runs: five complaints, one down each branch of the procedure
 * (ComplaintBranches' five, plus one unsolved follow-up on each outside-remit branch), 36 commands that take all 30
 * declared transitions. Every variant gets the same command objects and must end each complaint CLOSED, or the run
 * fails: a refused step never passes for a fast one.
 */
public final class ComplaintWorkflow {
  public static final CenterId TOWER = CenterId.of("bench-tower");
  /** Operations handles complaints (CP-0.1); one clerk takes every step, the hard case's resolution included. */
  public static final Actor CLERK = Actor.of("op-07", Role.STAFF, Department.OPERATIONS, TOWER);
  public static final int COMMANDS = 36;
  public static final int COMPLAINTS = 5;

  private static final Complainant CALLER = Complainant.of("王小明", "上海某某贸易有限公司", "13800138000");
  private static final Handler SECURITY_CHIEF = Handler.of("赵队长", "021-55550123");

  /** One branch: the command that opens its complaint, then each step on the opened complaint. */
  public record Branch(String name, Function<CommandId, ComplaintCommand.Opening> opening,
      List<BiFunction<CommandId, ComplaintId, ComplaintCommand.OnComplaint>> steps) {}

  public static final List<Branch> BRANCHES = List.of(
      new Branch("phone within remit (CP-1.2)", ComplaintWorkflow::phone, List.of(
          (id, c) -> new Triage(id, TOWER, c, Remit.WITHIN),
          (id, c) -> new TellFix(id, TOWER, c, "今天下午派工程部检修空调"),
          (id, c) -> new RecordFixed(id, TOWER, c, "空调已修复"),
          (id, c) -> new Apologise(id, TOWER, c, false, null))),
      new Branch("phone outside remit (CP-1.3)", ComplaintWorkflow::phone, List.of(
          (id, c) -> new Triage(id, TOWER, c, Remit.OUTSIDE),
          (id, c) -> new AssureCaller(id, TOWER, c),
          (id, c) -> new ForwardToDepartment(id, TOWER, c, Department.SECURITY),
          (id, c) -> new RecordPlan(id, TOWER, c, "夜班增加一名保安巡逻车库", SECURITY_CHIEF),
          (id, c) -> new InformComplainant(id, TOWER, c),
          (id, c) -> new FollowUp(id, TOWER, c, false, "车库夜间仍无人巡逻"),
          (id, c) -> new RecordPlan(id, TOWER, c, "保安部每小时巡逻一次并登记", SECURITY_CHIEF),
          (id, c) -> new InformComplainant(id, TOWER, c),
          (id, c) -> new FollowUp(id, TOWER, c, true, "客户确认已解决"))),
      new Branch("hard case (CP-1.4)", ComplaintWorkflow::phone, List.of(
          (id, c) -> new Triage(id, TOWER, c, Remit.HARD_CASE),
          (id, c) -> new VisitCompany(id, TOWER, c, "客户对租金调整和装修噪音均有异议"),
          (id, c) -> new ContactDepartments(id, TOWER, c, List.of(Department.ENGINEERING, Department.FINANCE)),
          (id, c) -> new ReportToGeneralOffice(id, TOWER, c, "涉及租金与装修管理，需公司协调"),
          (id, c) -> new RecordResolution(id, TOWER, c, "总办协调后租金分期调整，装修限时施工"))),
      new Branch("letter within remit (CP-2.2)", ComplaintWorkflow::letter, List.of(
          (id, c) -> new Triage(id, TOWER, c, Remit.WITHIN),
          (id, c) -> new TellFix(id, TOWER, c, "电话答复：本周内更换大堂照明"),
          (id, c) -> new RecordFixed(id, TOWER, c, "照明已更换"),
          (id, c) -> new Apologise(id, TOWER, c, true, "回函-2026-031"),
          (id, c) -> new ArchiveLetterAndReply(id, TOWER, c, "档案-CP-2026-07"))),
      new Branch("letter outside remit (CP-2.3)", ComplaintWorkflow::letter, List.of(
          (id, c) -> new Triage(id, TOWER, c, Remit.OUTSIDE),
          (id, c) -> new ForwardToDepartment(id, TOWER, c, Department.ENGINEERING),
          (id, c) -> new InformComplainant(id, TOWER, c),
          (id, c) -> new FollowUp(id, TOWER, c, false, "电梯仍有异响"),
          (id, c) -> new InformComplainant(id, TOWER, c),
          (id, c) -> new FollowUp(id, TOWER, c, true, "电梯已恢复正常"),
          (id, c) -> new Apologise(id, TOWER, c, true, "回函-2026-032"),
          (id, c) -> new ArchiveLetterAndReply(id, TOWER, c, "档案-CP-2026-08"))));

  private ComplaintWorkflow() {}

  /** Runs the five complaints on {@code handling}; answers how many commands were taken (always {@link #COMMANDS}). */
  public static <H> int run(ComplaintHandling<H> handling, CommandIds ids) {
    int commands = 0;
    for (Branch branch : BRANCHES) {
      H complaint = handling.open(branch.opening().apply(ids.next()), CLERK);
      commands++;
      for (BiFunction<CommandId, ComplaintId, ComplaintCommand.OnComplaint> step : branch.steps()) {
        complaint = handling.step(complaint, step.apply(ids.next(), handling.id(complaint)), CLERK);
        commands++;
      }
      ComplaintState reached = handling.state(complaint);
      if (reached != ComplaintState.CLOSED) {
        throw new IllegalStateException(branch.name() + " ended in " + reached + ", not CLOSED, on " + handling);
      }
    }
    return commands;
  }

  private static ComplaintCommand.Opening phone(CommandId id) {
    return new RecordPhoneComplaint(id, TOWER, CALLER, "办公室空调不制冷");
  }

  private static ComplaintCommand.Opening letter(CommandId id) {
    return new RecordLetterComplaint(id, TOWER, CALLER, "大堂照明昏暗，电梯异响", "来函-2026-0042");
  }
}
