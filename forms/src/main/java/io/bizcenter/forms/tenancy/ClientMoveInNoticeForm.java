package io.bizcenter.forms.tenancy;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.port.AuditEntry;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Administration's Client Move-in Notice (《客户入驻通知书》, MI-1.1) as Service received it: its number, the tenant and
 * its company, the units, the lease's first and last day; and, from the audit trail, the written requests Service sent
 * at once to Engineering and Security to pre-inspect the units. The source gives no count of copies: one, kept by
 * Service, which receives the notice and acts on it.
 */
public record ClientMoveInNoticeForm(
    String notice,
    String moveIn,
    String tenant,
    String company,
    String units,
    LocalDate leaseStart,
    LocalDate leaseExpiry,
    Instant receivedAt,
    String receivedBy,
    List<PreInspection> preInspections) implements Form {
  public static final FormType TYPE = FormType.of("client-move-in-notice", ClientMoveInNoticeForm.class,
      Copies.of(Recipient.of(Department.SERVICE)), "MI-1.1");

  /** One department told in writing to pre-inspect the units (MI-1.1), and when the notice was written. */
  public record PreInspection(Department department, Instant toldAt) {}

  public ClientMoveInNoticeForm {
    preInspections = List.copyOf(preInspections);
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

  /** The notice that opened {@code moveIn}; {@code trail} is the move-in's audit trail. */
  public static Validation<Seq<FieldError>, ClientMoveInNoticeForm> of(MoveIn moveIn, List<AuditEntry> trail) {
    Optional<AuditEntry> received = Trail.last(trail, moveIn.id().value(), "RECEIVE_MOVE_IN_NOTICE");
    if (received.isEmpty()) {
      return FormInput.missing("notice");
    }
    List<PreInspection> told = received.get().notices().stream()
        .filter(n -> n.notice().code().equals("MI_PRE_INSPECTION"))
        .map(n -> new PreInspection(n.notice().to(), n.createdAt()))
        .toList();
    return Validation.valid(new ClientMoveInNoticeForm(moveIn.noticeReference(), moveIn.id().value(), moveIn.tenant().value(),
        moveIn.company(), Units.of(moveIn.units()), moveIn.leaseStart(), moveIn.leaseExpiry(), moveIn.receivedAt(),
        moveIn.receivedBy().value(), told));
  }
}
