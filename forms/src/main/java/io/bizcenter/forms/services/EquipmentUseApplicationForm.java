package io.bizcenter.forms.services;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.EquipmentUseApplication;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.forms.Copies;
import io.bizcenter.forms.Form;
import io.bizcenter.forms.FormInput;
import io.bizcenter.forms.FormType;
import io.bizcenter.forms.Forms;
import io.bizcenter.forms.Recipient;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Equipment Use Application Form (《商务中心设备使用申请单》, SV-2.5) internal staff fill before using the center's
 * equipment for work: reason, content, time and approver (原因、内容、使用时间及批准人), with room for the applicant's
 * and the department manager's signatures. The source gives no count of copies: one, kept by the business center,
 * which lends the device.
 */
public record EquipmentUseApplicationForm(
    String use,
    String device,
    String deviceName,
    EquipmentKind deviceKind,
    String reason,
    String content,
    Instant startsAt,
    Instant endsAt,
    String applicant,
    Department department,
    Instant appliedAt,
    Optional<String> approvedBy,
    Optional<Instant> approvedAt) implements Form {
  public static final FormType TYPE = FormType.of("equipment-use-application", EquipmentUseApplicationForm.class,
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

  /**
   * The application of {@code use}, on {@code device} (the register's entry of the device it names); the approver is
   * filled in once the department manager approved. {@code trail} is the use's audit trail: the form is the
   * application as applied for, so the trail only has to be the use's own.
   */
  public static Validation<Seq<FieldError>, EquipmentUseApplicationForm> of(InternalUse use, Device device, List<AuditEntry> trail) {
    if (!device.id().equals(use.device())) {
      return Validation.invalid(io.vavr.collection.List.of(FieldError.of("device", FieldError.Problem.NOT_ALLOWED)));
    }
    if (trail.stream().noneMatch(e -> e.caseId().equals(use.id().value()))) {
      return FormInput.missing("application");
    }
    EquipmentUseApplication form = use.application();
    return Validation.valid(new EquipmentUseApplicationForm(use.id().value(), device.id().value(), device.name(), device.kind(),
        form.reason(), form.content(), form.slot().startsAt(), form.slot().endsAt(), form.applicant().value(), form.department(),
        form.appliedAt(), use.approvedBy().map(s -> s.value()), use.approvedAt()));
  }
}
