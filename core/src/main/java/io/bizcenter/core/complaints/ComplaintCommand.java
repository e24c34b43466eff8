package io.bizcenter.core.complaints;

import static io.bizcenter.core.kernel.Field.all;
import static io.bizcenter.core.kernel.Field.line;
import static io.bizcenter.core.kernel.Field.nonEmpty;
import static io.bizcenter.core.kernel.Field.present;
import static io.bizcenter.core.kernel.Field.text;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Field;
import io.bizcenter.core.kernel.FieldError;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Optional;

/**
 * The commands of complaint handling, in the imperative. Each checks its own fields; which step it triggers is
 * declared once, in {@link ComplaintProcedure}; {@code toString} masks personal data through {@link Complainant} and {@link Handler}.
 */
public sealed interface ComplaintCommand extends Command {
  int COMPANY = 100;
  int CONTENT = 2000;
  int NOTE = 1000;
  int REFERENCE = 64;

  /** Every field error of the command, or the command itself. */
  Validation<Seq<FieldError>, ComplaintCommand> check();

  /** A command that opens a complaint. */
  sealed interface Opening extends ComplaintCommand {
    Channel channel();

    Complainant complainant();

    String content();

    Optional<String> letterReference();
  }

  /** A command on an existing complaint. */
  sealed interface OnComplaint extends ComplaintCommand, Command.OnCase {
    ComplaintId complaintId();

    default String caseId() {
      return complaintId() == null ? null : complaintId().value();
    }
  }

  /** CP-1.1: listen to the call and write down name, company and phone. */
  record RecordPhoneComplaint(CommandId commandId, CenterId center, Complainant complainant, String content) implements Opening {
    public Channel channel() {
      return Channel.PHONE;
    }

    public Optional<String> letterReference() {
      return Optional.empty();
    }

    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      return ComplaintCommand.opening(this, Validation.valid(""));
    }
  }

  /** CP-2.1: read the letter and write down name, company and phone; the letter is kept under its reference. */
  record RecordLetterComplaint(CommandId commandId, CenterId center, Complainant complainant, String content, String letter)
      implements Opening {
    public Channel channel() {
      return Channel.LETTER;
    }

    public Optional<String> letterReference() {
      return Optional.ofNullable(letter);
    }

    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      return ComplaintCommand.opening(this, line("letter", letter, REFERENCE));
    }
  }

  /** Decide whose remit the complaint is in (CP-1.2/1.3/1.4, CP-2.2/2.3). */
  record Triage(CommandId commandId, CenterId center, ComplaintId complaintId, Remit remit) implements OnComplaint {
    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      return ComplaintCommand.on(this, present("remit", remit));
    }
  }

  /** CP-1.2 / CP-2.2: tell the complainant the concrete fix. */
  record TellFix(CommandId commandId, CenterId center, ComplaintId complaintId, String fix) implements OnComplaint {
    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      return ComplaintCommand.on(this, text("fix", fix, NOTE));
    }
  }

  /** CP-1.2 / CP-2.2: the problem has been fixed. */
  record RecordFixed(CommandId commandId, CenterId center, ComplaintId complaintId, String note) implements OnComplaint {
    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      return ComplaintCommand.on(this, text("note", note, NOTE));
    }
  }

  /**
   * CP-1.2: call back to apologise, in writing where needed; CP-2.2 / CP-2.3: explain and apologise in writing.
   * A written apology names the reply letter.
   */
  record Apologise(CommandId commandId, CenterId center, ComplaintId complaintId, boolean inWriting, String reply)
      implements OnComplaint {
    public Optional<String> replyReference() {
      return Optional.ofNullable(reply);
    }

    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      Validation<FieldError, String> letter = inWriting || reply != null ? line("reply", reply, REFERENCE) : Validation.valid("");
      return ComplaintCommand.on(this, letter);
    }
  }

  /** CP-2.2 / CP-2.3: archive the complainant's letter together with our reply. */
  record ArchiveLetterAndReply(CommandId commandId, CenterId center, ComplaintId complaintId, String archive) implements OnComplaint {
    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      return ComplaintCommand.on(this, line("archive", archive, REFERENCE));
    }
  }

  /** CP-1.3: tell the caller the department concerned will be contacted at once and the fix reported. */
  record AssureCaller(CommandId commandId, CenterId center, ComplaintId complaintId) implements OnComplaint {
    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      return ComplaintCommand.on(this, Validation.valid(""));
    }
  }

  /** CP-1.3: pass the complaint to the department concerned; CP-2.3: call it and give it a copy of the letter. */
  record ForwardToDepartment(CommandId commandId, CenterId center, ComplaintId complaintId, Department department)
      implements OnComplaint {
    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      return ComplaintCommand.on(this, present("department", department));
    }
  }

  /** CP-1.3: what the department concerned will do, and who handles it with which phone number. */
  record RecordPlan(CommandId commandId, CenterId center, ComplaintId complaintId, String plan, Handler handler) implements OnComplaint {
    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      if (handler == null) {
        return ComplaintCommand.on(this, text("plan", plan, NOTE), present("handler", handler));
      }
      // name and phone are two fields: both are checked, so the clerk sees every error at once (GS-1)
      return ComplaintCommand.on(this, text("plan", plan, NOTE),
          Field.name("handler.name", handler.name()), Field.phone("handler.phone", handler.phone()));
    }
  }

  /**
   * CP-1.3: call the complainant with the plan and the handler's name and phone; CP-2.3: call to say the
   * department was told to solve it at once.
   */
  record InformComplainant(CommandId commandId, CenterId center, ComplaintId complaintId) implements OnComplaint {
    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      return ComplaintCommand.on(this, Validation.valid(""));
    }
  }

  /** CP-1.3 / CP-2.3: later, call to ask whether the problem was solved. */
  record FollowUp(CommandId commandId, CenterId center, ComplaintId complaintId, boolean solved, String note) implements OnComplaint {
    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      return ComplaintCommand.on(this, text("note", note, NOTE));
    }
  }

  /** CP-1.4: go to the complainant's company and learn what happened. */
  record VisitCompany(CommandId commandId, CenterId center, ComplaintId complaintId, String findings) implements OnComplaint {
    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      return ComplaintCommand.on(this, text("findings", findings, NOTE));
    }
  }

  /** CP-1.4: contact the departments concerned. */
  record ContactDepartments(CommandId commandId, CenterId center, ComplaintId complaintId, List<Department> departments)
      implements OnComplaint {
    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      return ComplaintCommand.on(this, nonEmpty("departments", departments));
    }

  }

  /** CP-1.4: report to the General Office (公司总办). */
  record ReportToGeneralOffice(CommandId commandId, CenterId center, ComplaintId complaintId, String summary) implements OnComplaint {
    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      return ComplaintCommand.on(this, text("summary", summary, NOTE));
    }
  }

  /** CP-1.4: the hard case is resolved, Operations having helped. */
  record RecordResolution(CommandId commandId, CenterId center, ComplaintId complaintId, String resolution) implements OnComplaint {
    public Validation<Seq<FieldError>, ComplaintCommand> check() {
      return ComplaintCommand.on(this, text("resolution", resolution, NOTE));
    }
  }

  private static Validation<Seq<FieldError>, ComplaintCommand> opening(Opening c, Validation<FieldError, ?> extra) {
    Complainant who = c.complainant();
    if (who == null) {
      return all(c, present("complainant", who), text("content", c.content(), CONTENT), extra);
    }
    return all(c,
        Field.name("complainant.name", who.name()),
        line("complainant.company", who.company(), COMPANY),
        Field.phone("complainant.phone", who.phone()),
        text("content", c.content(), CONTENT),
        extra);
  }

  @SafeVarargs
  private static Validation<Seq<FieldError>, ComplaintCommand> on(OnComplaint c, Validation<FieldError, ?>... fields) {
    Validation<FieldError, ?> id = present("complaintId", c.complaintId()).flatMap(i -> line("complaintId", i.value(), REFERENCE));
    // runs for every command: the id first, then the command's own fields, in one array
    @SuppressWarnings("unchecked")
    Validation<FieldError, ?>[] array = new Validation[fields.length + 1];
    array[0] = id;
    System.arraycopy(fields, 0, array, 1, fields.length);
    return all(c, array);
  }
}
