package io.bizcenter.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintAction;
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
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.time.Duration;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes one complaint down each branch of the complaint procedure (CP), on the embedded H2 default, printing every step with its
 * clause, the state it led to and what the clerk may do next; then shows a rejection and the agenda.
 */
public final class ComplaintBranches {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final Actor OPERATIONS = Actor.of("op-07", Role.STAFF, Department.OPERATIONS, TOWER);
  private static final Actor GENERAL_OFFICE = Actor.of("go-01", Role.DEPARTMENT_MANAGER, Department.GENERAL_OFFICE, TOWER);

  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T01:00:00Z"));
  private final BusinessCenter center;
  private final String run;
  private final AtomicInteger commands = new AtomicInteger();

  private ComplaintBranches(Storage storage, int earlierComplaints) {
    this.center = BusinessCenter.builder()
        .storage(storage)
        .notifier(notice -> System.out.println("      ✉ " + notice.notice().to() + ": " + notice.message(Messages.ZH_CN)))
        .ids(new SequentialIds("C", earlierComplaints))
        .clock(clock)
        .build();
    // command ids must be new in every run, or the library would answer with the earlier run's first answers
    this.run = "run" + (earlierComplaints + 1);
  }

  /** Runs on an embedded H2 file database under the build folder (see the examples pom), or in memory with --in-memory. */
  public static void main(String[] args) {
    if (List.of(args).contains("--in-memory")) {
      new ComplaintBranches(new InMemoryStorage(), 0).run();
      return;
    }
    Path database = Path.of(System.getProperty("bizcenter.example.database", "target/bizcenter-example/bizcenter")).toAbsolutePath();
    HikariConfig pool = new HikariConfig();
    // WRITE_DELAY=0: each commit is in the file before the command answers; REUSE_SPACE=FALSE: H2 finds it after a
    // crash (JdbcStorage refuses an H2 file without either; docs/reliability.md, section 6)
    pool.setJdbcUrl("jdbc:h2:file:" + database + ";WRITE_DELAY=0;REUSE_SPACE=FALSE");
    try (HikariDataSource dataSource = new HikariDataSource(pool)) {
      JdbcStorage storage = JdbcStorage.on(dataSource);
      storage.migrate();
      int earlier = storage.complaints().all(TOWER).size();
      System.out.println("H2 database " + database + (earlier == 0 ? ": new" : ": " + earlier + " complaints from earlier runs are still there"));
      new ComplaintBranches(storage, earlier).run();
    }
  }

  private void run() {
    branch("Phone, within Operations' remit (CP-1.2)", phone(), List.of(
        c -> new Triage(next(), TOWER, c, Remit.WITHIN),
        c -> new TellFix(next(), TOWER, c, "今天下午派工程部检修空调"),
        c -> new RecordFixed(next(), TOWER, c, "空调已修复"),
        c -> new Apologise(next(), TOWER, c, false, null)));

    branch("Phone, outside the remit (CP-1.3)", phone(), List.of(
        c -> new Triage(next(), TOWER, c, Remit.OUTSIDE),
        c -> new AssureCaller(next(), TOWER, c),
        c -> new ForwardToDepartment(next(), TOWER, c, Department.SECURITY),
        c -> new RecordPlan(next(), TOWER, c, "夜班增加一名保安巡逻车库", Handler.of("赵队长", "021-55550123")),
        c -> new InformComplainant(next(), TOWER, c),
        c -> new FollowUp(next(), TOWER, c, true, "客户确认已解决")));

    branch("Letter, within the remit (CP-2.2)", letter(), List.of(
        c -> new Triage(next(), TOWER, c, Remit.WITHIN),
        c -> new TellFix(next(), TOWER, c, "电话答复：本周内更换大堂照明"),
        c -> new RecordFixed(next(), TOWER, c, "照明已更换"),
        c -> new Apologise(next(), TOWER, c, true, "回函-2026-031"),
        c -> new ArchiveLetterAndReply(next(), TOWER, c, "档案-CP-2026-07")));

    branch("Letter, outside the remit (CP-2.3)", letter(), List.of(
        c -> new Triage(next(), TOWER, c, Remit.OUTSIDE),
        c -> new ForwardToDepartment(next(), TOWER, c, Department.ENGINEERING),
        c -> new InformComplainant(next(), TOWER, c),
        c -> new FollowUp(next(), TOWER, c, true, "电梯已恢复正常"),
        c -> new Apologise(next(), TOWER, c, true, "回函-2026-032"),
        c -> new ArchiveLetterAndReply(next(), TOWER, c, "档案-CP-2026-08")));

    Complaint hard = branch("Hard case (CP-1.4)", phone(), List.of(
        c -> new Triage(next(), TOWER, c, Remit.HARD_CASE),
        c -> new VisitCompany(next(), TOWER, c, "客户对租金调整和装修噪音均有异议"),
        c -> new ContactDepartments(next(), TOWER, c, List.of(Department.ENGINEERING, Department.FINANCE)),
        c -> new ReportToGeneralOffice(next(), TOWER, c, "涉及租金与装修管理，需公司协调")));

    System.out.println("\n== A rule enforced: a letter complaint cannot be closed with a phone apology (CP-2.2)");
    Complaint letter = open(letter());
    for (ComplaintCommand step : List.<ComplaintCommand>of(
        new Triage(next(), TOWER, letter.id(), Remit.WITHIN),
        new TellFix(next(), TOWER, letter.id(), "电话答复"),
        new RecordFixed(next(), TOWER, letter.id(), "已处理"))) {
      center.complaints().handle(step, OPERATIONS);
    }
    show(center.complaints().handle(new Apologise(next(), TOWER, letter.id(), false, null), OPERATIONS));
    show(center.complaints().handle(new ArchiveLetterAndReply(next(), TOWER, letter.id(), "档案"), OPERATIONS));

    System.out.println("\n== The hard case still waits for its resolution; the General Office sees it on its agenda (GS-7)");
    clock.advance(Duration.ofDays(8));
    center.agenda().dueToday(GENERAL_OFFICE, TOWER).forEach(item -> System.out.printf("   %s %s %s due %s%s%n",
        item.caseId(), item.state(), item.actions(), item.dueAt(), item.overdueAt(clock.instant()) ? " (overdue)" : ""));
    step(hard.id(), c -> new RecordResolution(next(), TOWER, c, "总办协调后租金分期调整，装修限时施工"), GENERAL_OFFICE);

    System.out.println("\n== Notices waiting in the outbox go to the vendor's notifier");
    System.out.println("   delivered: " + center.notices().deliverPending(100).delivered());

    System.out.println("\n== The audit trail of " + hard.id() + " (GS-6)");
    List<AuditEntry> trail = center.complaints().trail(OPERATIONS, TOWER, hard.id()).get();
    trail.forEach(e -> System.out.printf("   v%d %s %s/%s %s [%s] %s -> %s%n", e.version(), e.at(), e.staff(), e.department(),
        e.action(), e.clause(), e.from().orElse("-"), e.to()));
  }

  private Complaint branch(String title, ComplaintCommand.Opening opening, List<Function<ComplaintId, ComplaintCommand>> steps) {
    System.out.println("\n== " + title);
    Complaint complaint = open(opening);
    for (Function<ComplaintId, ComplaintCommand> step : steps) {
      clock.advance(Duration.ofHours(3));
      step(complaint.id(), step, OPERATIONS);
    }
    return complaint;
  }

  private Complaint open(ComplaintCommand.Opening opening) {
    Either<Rejection, Complaint> opened = center.complaints().handle(opening, OPERATIONS);
    show(opened);
    return opened.get();
  }

  private void step(ComplaintId id, Function<ComplaintId, ComplaintCommand> step, Actor actor) {
    show(center.complaints().handle(step.apply(id), actor));
  }

  private void show(Either<Rejection, Complaint> answer) {
    answer.peek(c -> {
      AuditEntry last = center.complaints().trail(OPERATIONS, TOWER, c.id()).get().stream().reduce((a, b) -> b).orElseThrow();
      List<ComplaintAction> next = center.complaints().availableActions(OPERATIONS, TOWER, c.id()).get();
      System.out.printf("   [%s] %s / %s -> %s%n", last.clause(), label(last.action(), Messages.ZH_CN), label(last.action(), Messages.EN),
          Messages.label(c.state(), Messages.ZH_CN) + " (" + c.state() + ")");
      System.out.println("      next: " + (next.isEmpty() ? "- (closed)" : next.stream().map(Enum::name).collect(Collectors.joining(", "))));
    }).orElseRun(r -> System.out.printf("   rejected %s [%s]: %s / %s%n", r.code(), r.clause(), r.message(Messages.ZH_CN), r.message(Messages.EN)));
  }

  private static String label(String action, java.util.Locale locale) {
    return Messages.label(ComplaintAction.valueOf(action), locale);
  }

  private ComplaintCommand.Opening phone() {
    return new RecordPhoneComplaint(next(), TOWER,
        Complainant.of("王小明", "上海某某贸易有限公司", "13800138000"), "办公室空调不制冷");
  }

  private ComplaintCommand.Opening letter() {
    return new RecordLetterComplaint(next(), TOWER,
        Complainant.of("李华", "ACME (Shanghai) Ltd.", "13912345678"), "大堂照明不足，电梯常停", "信件-2026-015");
  }

  private CommandId next() {
    return CommandId.of(run + "-cmd-" + commands.incrementAndGet());
  }
}
