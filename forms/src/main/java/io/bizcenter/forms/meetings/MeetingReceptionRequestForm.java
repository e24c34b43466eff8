package io.bizcenter.forms.meetings;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.RequestForm;
import io.bizcenter.core.meetings.ServiceItem;
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
 * The Meeting Reception Service Request Form (《会议接待委托服务表》, MR-1.1) the client fills when Service &amp; Cleaning
 * confirms the meeting two days before: the booking (room, time, subject, the client and its contact), how many
 * attend, the services asked for and anything else wanted, with room for the client's signature. The source gives no
 * count of copies: one, kept by Service &amp; Cleaning, which tells the other departments from it.
 */
public record MeetingReceptionRequestForm(
    String meeting,
    String room,
    Instant startsAt,
    Instant endsAt,
    String subject,
    String company,
    PersonName contact,
    PhoneNumber phone,
    int attendees,
    List<Line> services,
    Optional<String> requirements,
    Instant confirmedAt,
    String confirmedBy,
    Department confirmedIn) implements Form {
  public static final FormType TYPE = FormType.of("meeting-reception-request", MeetingReceptionRequestForm.class,
      Copies.of(Recipient.of(Department.SERVICE_AND_CLEANING)), "MR-1.1");

  /** One service asked for, and how many. */
  public record Line(int no, ServiceItem item, int quantity) {}

  public MeetingReceptionRequestForm {
    services = List.copyOf(services);
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

  /** The form of {@code meeting}, once confirmed with it (MR-1.1); {@code trail} is the meeting's audit trail. */
  public static Validation<Seq<FieldError>, MeetingReceptionRequestForm> of(Meeting meeting, List<AuditEntry> trail) {
    Optional<AuditEntry> confirmed = Trail.last(trail, meeting.id().value(), "CONFIRM");
    if (meeting.requestForm().isEmpty() || confirmed.isEmpty()) {
      return FormInput.missing("requestForm");
    }
    RequestForm form = meeting.requestForm().get();
    List<Line> lines = new java.util.ArrayList<>();
    form.services().forEach(o -> lines.add(new Line(lines.size() + 1, o.item(), o.quantity())));
    return Validation.valid(new MeetingReceptionRequestForm(meeting.id().value(), meeting.room().value(), meeting.startsAt(),
        meeting.endsAt(), meeting.subject(), meeting.client().company(), meeting.client().contact(), meeting.client().phone(),
        form.attendees(), lines, form.requirements(), confirmed.get().at(), confirmed.get().staff().value(), confirmed.get().department()));
  }
}
