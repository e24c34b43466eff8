package io.bizcenter.forms.tenancy;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.MeterReading;
import io.bizcenter.core.tenancy.MoveOut;
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
 * The meter reading of a unit at move-out (退租电表读数, MO-2.2): Engineering reads the unit's electricity meter and
 * records it in duplicate (一式二份), one copy kept by Engineering and one by Service: the copies are the move-out's own
 * ({@link MoveOut#readingCopies()}), recorded with the reading.
 */
public record MoveOutMeterReadingForm(
    String moveOut,
    String moveIn,
    String company,
    String units,
    String meter,
    BigDecimal kwh,
    Instant readAt,
    String readBy,
    List<Department> keptBy) implements Form {
  public static final FormType TYPE = FormType.of("move-out-meter-reading", MoveOutMeterReadingForm.class,
      Copies.of(Recipient.of(Department.ENGINEERING), Recipient.of(Department.SERVICE)), "MO-2.2");

  public MoveOutMeterReadingForm {
    keptBy = List.copyOf(keptBy);
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

  /** One copy to each department that keeps one, in the order the reading was recorded with. */
  @Override
  public Copies copies() {
    return new Copies(keptBy.stream().map(Recipient::of).toList());
  }

  /** The reading of {@code moveOut}, once Engineering recorded it (MO-2.2); {@code trail} is the move-out's audit trail. */
  public static Validation<Seq<FieldError>, MoveOutMeterReadingForm> of(MoveOut moveOut, List<AuditEntry> trail) {
    Optional<AuditEntry> read = Trail.last(trail, moveOut.id().value(), "RECORD_METER_READING");
    if (moveOut.meterReading().isEmpty() || moveOut.readingCopies().isEmpty() || read.isEmpty()) {
      return FormInput.missing("reading");
    }
    MeterReading reading = moveOut.meterReading().get();
    return Validation.valid(new MoveOutMeterReadingForm(moveOut.id().value(), moveOut.moveIn().value(), moveOut.company(),
        Units.of(moveOut.units()), reading.meter(), reading.reading(), reading.at(), reading.by().value(), moveOut.readingCopies()));
  }
}
