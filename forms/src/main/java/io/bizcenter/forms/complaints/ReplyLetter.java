package io.bizcenter.forms.complaints;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintEvent;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.forms.Copies;
import io.bizcenter.forms.Filled;
import io.bizcenter.forms.Form;
import io.bizcenter.forms.FormInput;
import io.bizcenter.forms.FormType;
import io.bizcenter.forms.Forms;
import io.bizcenter.forms.Party;
import io.bizcenter.forms.Recipient;
import io.bizcenter.forms.Trail;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Our reply letter to a complainant (回函): the written explanation and apology once the problem is fixed (CP-2.2) or
 * finally solved (CP-2.3), or a phone complaint's apology made in writing where needed (CP-1.2). The complaint and the
 * apology come from the case; the clerk writes the letter's text and who signs it. Two copies: the complainant's, and
 * the one archived with the complainant's letter (CP-2.2, CP-2.3: 将客户投诉信件和我部回函存档).
 */
public record ReplyLetter(
    String reference,
    String complaint,
    Optional<String> letter,
    Instant receivedAt,
    PersonName complainant,
    String company,
    String content,
    Optional<String> fix,
    Instant writtenAt,
    Department writtenIn,
    String clause,
    Input filled) implements Form {
  public static final FormType TYPE = FormType.of("reply-letter", ReplyLetter.class,
      Copies.of(Recipient.of(Party.COMPLAINANT), Recipient.of(Party.ARCHIVE)), "CP-2.2", "CP-2.3", "CP-1.2");

  /** What the clerk writes: the letter's text, and the name of who signs it for the department. */
  public record Input(@Filled(max = 4000, multiline = true) String body, @Filled PersonName signer) {
    public static Input of(String body, String signer) {
      return new Input(body, signer == null ? null : PersonName.of(signer));
    }

    /** The letter's text speaks of the complainant: kept out of logs like every personal datum. */
    @Override
    public String toString() {
      return "Input[body=****, signer=" + signer + "]";
    }
  }

  @Override
  public FormType type() {
    return TYPE;
  }

  /** The form's name and reference only: the rest may be personal data or a client's words. */
  @Override
  public String toString() {
    return Forms.describe(this);
  }

  /** The reply to {@code complaint}, once the apology in writing is recorded; {@code trail} is its audit trail. */
  public static Validation<Seq<FieldError>, ReplyLetter> of(Complaint complaint, List<AuditEntry> trail, Input filled) {
    Validation<Seq<FieldError>, Input> input = FormInput.check("filled", filled);
    Optional<String> reference = complaint.apology().filter(ComplaintEvent.Apologised::inWriting).flatMap(ComplaintEvent.Apologised::reply);
    Optional<AuditEntry> apologised = Trail.last(trail, complaint.id().value(), "APOLOGISE");
    if (reference.isEmpty() || apologised.isEmpty()) {
      return FormInput.missing("reply", input);
    }
    AuditEntry entry = apologised.get();
    return input.map(in -> new ReplyLetter(reference.get(), complaint.id().value(), complaint.letter(), complaint.receivedAt(),
        complaint.complainant().name(), complaint.complainant().company(), complaint.content(), complaint.fix(), entry.at(),
        entry.department(), entry.clause().id(), in));
  }
}
