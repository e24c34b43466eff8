package io.bizcenter.forms.tenancy;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.MeterReading;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.forms.Copies;
import io.bizcenter.forms.Form;
import io.bizcenter.forms.FormInput;
import io.bizcenter.forms.FormType;
import io.bizcenter.forms.Forms;
import io.bizcenter.forms.Recipient;
import io.bizcenter.forms.Trail;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Electricity Meter Reading Confirmation (《电表读数确认单》): prepared by Service before the client comes (MI-1.2),
 * signed by the client on the initial reading confirmed with it, then the reading as Engineering recorded it (MI-4.4).
 * It prints once prepared: until the reading is confirmed, the meter and its reading are blanks. The source gives no
 * count of copies: one, kept by Service, which takes the client's signature; Engineering is sent the reading in writing.
 */
public record MeterReadingConfirmationForm(
    String moveIn,
    String company,
    String units,
    Instant preparedAt,
    String preparedBy,
    Optional<Reading> confirmed,
    Optional<Reading> recorded) implements Form {
  public static final FormType TYPE = FormType.of("meter-reading-confirmation", MeterReadingConfirmationForm.class,
      Copies.of(Recipient.of(Department.SERVICE)), "MI-1.2", "MI-4.4");

  /** A reading of the unit's meter in kWh, who took it and when. */
  public record Reading(String meter, BigDecimal kwh, Instant at, String by) {
    static Reading of(MeterReading reading) {
      return new Reading(reading.meter(), reading.reading(), reading.at(), reading.by().value());
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

  /** The confirmation of {@code moveIn}, once Service prepared it (MI-1.2); {@code trail} is the move-in's audit trail. */
  public static Validation<Seq<FieldError>, MeterReadingConfirmationForm> of(MoveIn moveIn, List<AuditEntry> trail) {
    String id = moveIn.id().value();
    Optional<AuditEntry> prepared = Trail.last(trail, id, "PREPARE_FORMS");
    if (moveIn.formsPreparedAt().isEmpty() || prepared.isEmpty()) {
      return FormInput.missing("prepared");
    }
    return Validation.valid(new MeterReadingConfirmationForm(id, moveIn.company(), Units.of(moveIn.units()), moveIn.formsPreparedAt().get(),
        prepared.get().staff().value(), moveIn.confirmedReading().map(Reading::of), moveIn.recordedReading().map(Reading::of)));
  }
}
