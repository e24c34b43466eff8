package io.bizcenter.forms.tenancy;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.ElevatorBooking;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.forms.Copies;
import io.bizcenter.forms.Filled;
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
 * The Client Move Registration Form (《客户搬迁登记表》, MI-6.1): without a secondary renovation, the move agreed with the
 * client and the freight elevator booked for it. The clerk fills in who is in charge of the move on the client's side
 * and how to reach them on the day (the client file's contacts may not be recorded yet), and any remarks. The source
 * gives no count of copies: one, kept by Service, which keeps the record.
 */
public record ClientMoveRegistrationForm(
    String moveIn,
    String company,
    String units,
    String elevator,
    Instant startsAt,
    Instant endsAt,
    Instant bookedAt,
    String bookedBy,
    Input filled) implements Form {
  public static final FormType TYPE = FormType.of("client-move-registration", ClientMoveRegistrationForm.class,
      Copies.of(Recipient.of(Department.SERVICE)), "MI-6.1");

  /** What the clerk writes: the client's person in charge of the move, their phone, remarks (the movers, the goods). */
  public record Input(@Filled PersonName contact, @Filled PhoneNumber phone, @Filled(max = 200) Optional<String> remarks) {
    public static Input of(String contact, String phone, String remarks) {
      return new Input(contact == null ? null : PersonName.of(contact), phone == null ? null : PhoneNumber.of(phone),
          Optional.ofNullable(remarks));
    }

    /** Name and phone are personal data, the remarks may name people: all kept out of logs. */
    @Override
    public String toString() {
      return "Input[contact=" + contact + ", phone=" + phone + ", remarks=" + remarks.map(r -> "****") + "]";
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

  /** The registration of {@code moveIn}'s move, once booked (MI-6.1); {@code trail} is the move-in's audit trail. */
  public static Validation<Seq<FieldError>, ClientMoveRegistrationForm> of(MoveIn moveIn, List<AuditEntry> trail, Input filled) {
    Validation<Seq<FieldError>, Input> input = FormInput.check("filled", filled);
    Optional<AuditEntry> booked = Trail.last(trail, moveIn.id().value(), "BOOK_MOVE");
    if (moveIn.move().isEmpty() || booked.isEmpty()) {
      return FormInput.missing("move", input);
    }
    ElevatorBooking move = moveIn.move().get();
    return input.map(in -> new ClientMoveRegistrationForm(moveIn.id().value(), moveIn.company(), Units.of(moveIn.units()), move.elevator(),
        move.startsAt(), move.endsAt(), booked.get().at(), booked.get().staff().value(), in));
  }
}
