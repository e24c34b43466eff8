package io.bizcenter.forms.complaints;

import io.bizcenter.core.complaints.Channel;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.complaints.Handler;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.forms.Copies;
import io.bizcenter.forms.Form;
import io.bizcenter.forms.FormInput;
import io.bizcenter.forms.FormType;
import io.bizcenter.forms.Forms;
import io.bizcenter.forms.Recipient;
import io.bizcenter.forms.Trail;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The complaint record (投诉记录, CP-1.1, CP-2.1): who complained (name, company, phone), by phone or letter, what about,
 * and every step taken on it since, from the audit trail. The source gives no count of copies: one, kept by Operations,
 * which handles complaints (CP-0.1).
 */
public record ComplaintRecordForm(
    String complaint,
    Channel channel,
    Instant receivedAt,
    String receivedBy,
    Department receivedIn,
    PersonName complainant,
    String company,
    PhoneNumber phone,
    String content,
    Optional<String> letter,
    ComplaintState status,
    Optional<Remit> remit,
    Optional<String> fix,
    Optional<Department> concernedDepartment,
    Optional<String> plan,
    Optional<PersonName> handler,
    Optional<PhoneNumber> handlerPhone,
    Optional<String> resolution,
    List<Step> steps) implements Form {
  public static final FormType TYPE = FormType.of("complaint-record", ComplaintRecordForm.class,
      Copies.of(Recipient.of(Department.OPERATIONS)), "CP-1.1", "CP-2.1");

  /** One step on the complaint's audit trail: when, what, who, from which department, under which clause. */
  public record Step(Instant at, ComplaintAction action, String staff, Department department, String clause) {}

  public ComplaintRecordForm {
    steps = List.copyOf(steps);
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

  /** The record of {@code complaint} as it stands; {@code trail} is its audit trail. */
  public static Validation<Seq<FieldError>, ComplaintRecordForm> of(Complaint complaint, List<AuditEntry> trail) {
    String id = complaint.id().value();
    Optional<AuditEntry> opened = Trail.first(trail, id);
    if (opened.isEmpty()) {
      return FormInput.missing("steps");
    }
    List<Step> steps = Trail.of(trail, id).stream()
        .map(e -> new Step(e.at(), ComplaintAction.valueOf(e.action()), e.staff().value(), e.department(), e.clause().id()))
        .toList();
    return Validation.valid(new ComplaintRecordForm(id, complaint.channel(), complaint.receivedAt(), complaint.receivedBy().value(),
        opened.get().department(), complaint.complainant().name(), complaint.complainant().company(), complaint.complainant().phone(),
        complaint.content(), complaint.letter(), complaint.state(), complaint.remit(), complaint.fix(), complaint.concernedDepartment(),
        complaint.plan(), complaint.handler().map(Handler::name), complaint.handler().map(Handler::phone), complaint.resolution(), steps));
  }
}
