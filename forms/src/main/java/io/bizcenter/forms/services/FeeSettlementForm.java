package io.bizcenter.forms.services;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.FeeSettlement;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.Slot;
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
 * The Fee Settlement Form (《费用结算单》, SV-2.5) the internal user signs after using the equipment: which device,
 * for how long, the amount charged to the user's department, and the user's signature. The source gives no count of
 * copies: one, kept by the business center, which settles it with the department.
 */
public record FeeSettlementForm(
    String number,
    String use,
    String device,
    String deviceName,
    EquipmentKind deviceKind,
    Department department,
    String applicant,
    Instant usedFrom,
    Instant usedUntil,
    Money amount,
    String signedBy,
    Instant signedAt) implements Form {
  public static final FormType TYPE = FormType.of("fee-settlement", FeeSettlementForm.class,
      Copies.of(Recipient.of(Department.BUSINESS_CENTER)), "SV-2.5");

  @Override
  public FormType type() {
    return TYPE;
  }

  /** The form's name and reference only: the rest may be personal data or a client's words. */
  @Override
  public String toString() {
    return Forms.describe(this);
  }

  /** The settlement of {@code use} on {@code device}, once signed (SV-2.5); {@code trail} is the use's audit trail. */
  public static Validation<Seq<FieldError>, FeeSettlementForm> of(InternalUse use, Device device, List<AuditEntry> trail) {
    if (!device.id().equals(use.device())) {
      return Validation.invalid(io.vavr.collection.List.of(FieldError.of("device", FieldError.Problem.NOT_ALLOWED)));
    }
    Optional<AuditEntry> signed = Trail.last(trail, use.id().value(), "SIGN_FEE_SETTLEMENT");
    if (use.feeSettlement().isEmpty() || use.used().isEmpty() || signed.isEmpty()) {
      return FormInput.missing("settlement");
    }
    FeeSettlement settlement = use.feeSettlement().get();
    Slot used = use.used().get();
    return Validation.valid(new FeeSettlementForm(settlement.number(), use.id().value(), device.id().value(), device.name(), device.kind(),
        use.application().department(), use.application().applicant().value(), used.startsAt(), used.endsAt(), settlement.amount(),
        settlement.signedBy().value(), settlement.signedAt()));
  }
}
