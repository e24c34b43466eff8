package io.bizcenter.forms.complaints;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintCommand.Apologise;
import io.bizcenter.core.complaints.ComplaintCommand.ArchiveLetterAndReply;
import io.bizcenter.core.complaints.ComplaintCommand.AssureCaller;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.InformComplainant;
import io.bizcenter.core.complaints.ComplaintCommand.RecordFixed;
import io.bizcenter.core.complaints.ComplaintCommand.RecordLetterComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPlan;
import io.bizcenter.core.complaints.ComplaintCommand.TellFix;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.ComplaintDesk;
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
import io.bizcenter.forms.Run;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One business center on the in-memory adapter running complaint handling (CP) for real, through the complaint desk:
 * a manual clock from Monday 2 March 2026, 09:00 in Shanghai, twenty minutes between steps, sequential ids.
 */
public final class ComplaintFixture {
  static final CenterId TOWER = CenterId.of("zz-tower");
  static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  static final String COMPANY = "上海某某贸易有限公司";
  static final String PHONE = "13912345678";

  final Actor operations = Actors.of("op-07", Role.OPERATIONS_DEPUTY_SUPERVISOR, Department.OPERATIONS, TOWER);
  final ManualClock clock = new ManualClock(START);
  final BusinessCenter center = BusinessCenter.builder()
      .storage(new InMemoryStorage())
      .notifier(new RecordingNotifier())
      .ids(new SequentialIds("C")::next)
      .clock(clock)
      .build();
  private final AtomicInteger commands = new AtomicInteger();

  ComplaintDesk desk() {
    return center.complaints();
  }

  /**
   * A letter from {@code complainant} within Operations' remit, taken to the end (CP-2.1, CP-2.2): recorded, triaged,
   * fix told by phone, fixed, written apology (reply 回函-2026-031), letter and reply archived.
   */
  public Run<Complaint> letterAnswered(String complainant) {
    Complaint c = accepted(new RecordLetterComplaint(next(), TOWER, Complainant.of(complainant, COMPANY, PHONE), "大堂照明不足，电梯常停",
        "信件-2026-015"));
    ComplaintId id = c.id();
    accepted(new Triage(next(), TOWER, id, Remit.WITHIN));
    accepted(new TellFix(next(), TOWER, id, "今天下午更换大堂灯具，电梯由维保单位检修"));
    accepted(new RecordFixed(next(), TOWER, id, "灯具已更换，电梯检修完毕"));
    accepted(new Apologise(next(), TOWER, id, true, "回函-2026-031"));
    accepted(new ArchiveLetterAndReply(next(), TOWER, id, "档案-CP-2026-07"));
    return run(id);
  }

  /**
   * A letter outside Operations' remit, taken to the end (CP-2.3): passed to Engineering with a copy of the letter, the
   * complainant told, the follow-up call finds it solved, the written apology (回函-2026-032), letter and reply archived.
   */
  public Run<Complaint> letterOutsideRemitAnswered(String complainant) {
    Complaint c = accepted(new RecordLetterComplaint(next(), TOWER, Complainant.of(complainant, COMPANY, PHONE), "卫生间漏水",
        "信件-2026-016"));
    ComplaintId id = c.id();
    accepted(new Triage(next(), TOWER, id, Remit.OUTSIDE));
    accepted(new ForwardToDepartment(next(), TOWER, id, Department.ENGINEERING));
    accepted(new InformComplainant(next(), TOWER, id));
    accepted(new io.bizcenter.core.complaints.ComplaintCommand.FollowUp(next(), TOWER, id, true, "客户确认已修复"));
    accepted(new Apologise(next(), TOWER, id, true, "回函-2026-032"));
    accepted(new ArchiveLetterAndReply(next(), TOWER, id, "档案-CP-2026-08"));
    return run(id);
  }

  /** A letter recorded and triaged only: no apology yet. */
  public Run<Complaint> letterTriaged(String complainant) {
    Complaint c = accepted(new RecordLetterComplaint(next(), TOWER, Complainant.of(complainant, COMPANY, PHONE), "大堂照明不足，电梯常停",
        "信件-2026-015"));
    accepted(new Triage(next(), TOWER, c.id(), Remit.WITHIN));
    return run(c.id());
  }

  /**
   * A phone complaint outside Operations' remit (CP-1.1, CP-1.3): recorded, caller assured, passed to Engineering, its
   * plan and handler recorded, the complainant informed; the follow-up call still to come.
   */
  public Run<Complaint> phoneWithPlan(String complainant) {
    Complaint c = accepted(new RecordPhoneComplaint(next(), TOWER, Complainant.of(complainant, COMPANY, PHONE), "办公室空调不制冷，已持续三天"));
    ComplaintId id = c.id();
    accepted(new Triage(next(), TOWER, id, Remit.OUTSIDE));
    accepted(new AssureCaller(next(), TOWER, id));
    accepted(new ForwardToDepartment(next(), TOWER, id, Department.ENGINEERING));
    accepted(new RecordPlan(next(), TOWER, id, "明天上午更换空调压缩机", Handler.of("司马建国", "021-55550123")));
    accepted(new InformComplainant(next(), TOWER, id));
    return run(id);
  }

  private Run<Complaint> run(ComplaintId id) {
    return new Run<>(desk().find(operations, TOWER, id).get(), desk().trail(operations, TOWER, id).get());
  }

  private CommandId next() {
    return CommandId.of("cmd-" + commands.incrementAndGet());
  }

  private Complaint accepted(ComplaintCommand command) {
    clock.advance(Duration.ofMinutes(20));
    Either<Rejection, Complaint> answer = desk().handle(command, operations);
    assertTrue(answer.isRight(), () -> command + " refused: " + answer.getLeft().message(Messages.EN));
    return answer.get();
  }
}
