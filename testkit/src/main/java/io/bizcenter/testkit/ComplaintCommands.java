package io.bizcenter.testkit;

import io.bizcenter.core.complaints.Complainant;
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
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generators of complaint commands: plain functions of a {@link RandomGenerator}. {@link #wellFormed} makes
 * commands whose fields pass their checks (the procedure's rules still decide); {@link #arbitrary} makes
 * anything a front end could send, nulls and hostile text included.
 */
public final class ComplaintCommands {
  private ComplaintCommands() {}

  /**
   * A command with well-formed fields: one that opens a complaint, or a step on one of {@code known} (now and
   * then on an id nobody issued). Whether it is allowed is for the procedure to say.
   */
  public static ComplaintCommand wellFormed(RandomGenerator random, CenterId center, List<ComplaintId> known) {
    CommandId id = commandId(random);
    if (known.isEmpty() || random.nextInt(8) == 0) {
      Complainant who = complainant(random);
      return random.nextBoolean()
          ? new RecordPhoneComplaint(id, center, who, Texts.plain(random, 200))
          : new RecordLetterComplaint(id, center, who, Texts.plain(random, 200), "L-" + random.nextInt(1000));
    }
    ComplaintId on = random.nextInt(30) == 0 ? ComplaintId.of("unknown-" + random.nextInt(100)) : known.get(random.nextInt(known.size()));
    ComplaintAction[] steps = ComplaintAction.values();
    return wellFormedFor(random, center, on, steps[2 + random.nextInt(steps.length - 2)]);
  }

  /**
   * A well-formed command asking for {@code action} on complaint {@code on}: lets a test walk a branch by
   * choosing among the actions the declaration offers. The opening actions ignore {@code on}.
   */
  public static ComplaintCommand wellFormedFor(RandomGenerator random, CenterId center, ComplaintId on, ComplaintAction action) {
    CommandId id = commandId(random);
    return switch (action) {
      case RECORD_PHONE_COMPLAINT -> new RecordPhoneComplaint(id, center, complainant(random), Texts.plain(random, 200));
      case RECORD_LETTER_COMPLAINT -> new RecordLetterComplaint(id, center, complainant(random), Texts.plain(random, 200), "L-" + random.nextInt(1000));
      case TRIAGE_WITHIN_REMIT -> new Triage(id, center, on, Remit.WITHIN);
      case TRIAGE_OUTSIDE_REMIT -> new Triage(id, center, on, Remit.OUTSIDE);
      case TRIAGE_HARD_CASE -> new Triage(id, center, on, Remit.HARD_CASE);
      case TELL_FIX -> new TellFix(id, center, on, Texts.plain(random, 100));
      case RECORD_FIXED -> new RecordFixed(id, center, on, Texts.plain(random, 100));
      case APOLOGISE -> random.nextInt(5) == 0
          ? new Apologise(id, center, on, false, null)
          : new Apologise(id, center, on, true, "R-" + random.nextInt(1000));
      case ARCHIVE_LETTER_AND_REPLY -> new ArchiveLetterAndReply(id, center, on, "A-" + random.nextInt(1000));
      case ASSURE_CALLER -> new AssureCaller(id, center, on);
      case FORWARD_TO_DEPARTMENT -> new ForwardToDepartment(id, center, on, Actors.pick(random, Department.values()));
      case RECORD_PLAN -> new RecordPlan(id, center, on, Texts.plain(random, 100), handler(random));
      case INFORM_COMPLAINANT -> new InformComplainant(id, center, on);
      case CONFIRM_SOLVED -> new FollowUp(id, center, on, true, Texts.plain(random, 100));
      case REPORT_UNSOLVED -> new FollowUp(id, center, on, false, Texts.plain(random, 100));
      case VISIT_COMPANY -> new VisitCompany(id, center, on, Texts.plain(random, 100));
      case CONTACT_DEPARTMENTS -> new ContactDepartments(id, center, on, departments(random));
      case REPORT_TO_GENERAL_OFFICE -> new ReportToGeneralOffice(id, center, on, Texts.plain(random, 100));
      case RECORD_RESOLUTION -> new RecordResolution(id, center, on, Texts.plain(random, 100));
    };
  }

  /** Anything at all: null fields, hostile or oversized text, unknown ids, any center of {@code centers}. */
  public static ComplaintCommand arbitrary(RandomGenerator random, List<CenterId> centers, List<ComplaintId> known) {
    CommandId id = random.nextInt(20) == 0 ? null : new CommandId(random.nextInt(20) == 0 ? Texts.any(random, 120) : "cmd-" + random.nextLong());
    CenterId center = random.nextInt(20) == 0 ? null : centers.get(random.nextInt(centers.size()));
    ComplaintId on = random.nextInt(10) == 0 || known.isEmpty()
        ? (random.nextInt(3) == 0 ? null : ComplaintId.of(Texts.any(random, 80)))
        : known.get(random.nextInt(known.size()));
    return switch (random.nextInt(16)) {
      case 0 -> new RecordPhoneComplaint(id, center, arbitraryComplainant(random), Texts.any(random, 2100));
      case 1 -> new RecordLetterComplaint(id, center, arbitraryComplainant(random), Texts.any(random, 2100), Texts.any(random, 70));
      case 2 -> new Triage(id, center, on, random.nextInt(5) == 0 ? null : Actors.pick(random, Remit.values()));
      case 3 -> new TellFix(id, center, on, Texts.any(random, 1100));
      case 4 -> new RecordFixed(id, center, on, Texts.any(random, 1100));
      case 5 -> new Apologise(id, center, on, random.nextBoolean(), Texts.any(random, 70));
      case 6 -> new ArchiveLetterAndReply(id, center, on, Texts.any(random, 70));
      case 7 -> new AssureCaller(id, center, on);
      case 8 -> new ForwardToDepartment(id, center, on, random.nextInt(5) == 0 ? null : Actors.pick(random, Department.values()));
      case 9 -> new RecordPlan(id, center, on, Texts.any(random, 1100),
          random.nextInt(5) == 0 ? null : new Handler(PersonName.of(Texts.any(random, 60)), PhoneNumber.of(Texts.any(random, 25))));
      case 10 -> new InformComplainant(id, center, on);
      case 11 -> new FollowUp(id, center, on, random.nextBoolean(), Texts.any(random, 1100));
      case 12 -> new VisitCompany(id, center, on, Texts.any(random, 1100));
      case 13 -> new ContactDepartments(id, center, on, random.nextInt(5) == 0 ? null : departments(random));
      case 14 -> new ReportToGeneralOffice(id, center, on, Texts.any(random, 1100));
      default -> new RecordResolution(id, center, on, Texts.any(random, 1100));
    };
  }

  public static Complainant complainant(RandomGenerator random) {
    List<String> names = List.of("王小明", "李华", "张伟", "Chen Jie", "María O'Neil");
    List<String> companies = List.of("上海某某贸易有限公司", "ACME (Shanghai) Ltd.", "北京律师事务所", "Müller & Söhne GmbH");
    return Complainant.of(names.get(random.nextInt(names.size())), companies.get(random.nextInt(companies.size())),
        "13" + (100000000 + random.nextInt(900000000)));
  }

  public static Handler handler(RandomGenerator random) {
    return Handler.of(Actors.pick(random, "赵工", "钱经理", "Sun Li"), "021-" + (10000000 + random.nextInt(90000000)));
  }

  private static Complainant arbitraryComplainant(RandomGenerator random) {
    if (random.nextInt(10) == 0) {
      return null;
    }
    return new Complainant(
        random.nextInt(10) == 0 ? null : PersonName.of(Texts.any(random, 60)),
        Texts.any(random, 110),
        random.nextInt(10) == 0 ? null : PhoneNumber.of(random.nextBoolean() ? Texts.any(random, 25) : "1380013" + random.nextInt(10000)));
  }

  private static List<Department> departments(RandomGenerator random) {
    List<Department> chosen = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      chosen.add(Actors.pick(random, Department.values()));
    }
    return chosen;
  }

  private static CommandId commandId(RandomGenerator random) {
    return CommandId.of("cmd-" + Long.toUnsignedString(random.nextLong(), 36));
  }
}
