package io.bizcenter.forms.tenancy;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.RectificationItem;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Unit Acceptance &amp; Rectification Form (《单元验收整改单》): prepared by Service before the client comes (MI-1.2),
 * signed by the client when the unit's equipment is handed over (MI-4.2), with each rectification comment the client
 * wrote on it and how Engineering closed it (MI-4.5). It prints once prepared: until the handover, the equipment and the
 * comments are empty rows to fill in on the walk round the unit. Its equipment is the acceptance record the move-out's
 * inventory counts against (MO-2.1). The source gives no count of copies: one, kept by Service; Engineering is sent
 * the comments in writing (MI-4.5).
 */
public record UnitAcceptanceRectificationForm(
    String moveIn,
    String company,
    String units,
    Instant preparedAt,
    String preparedBy,
    Optional<Instant> inspectedAt,
    Optional<Instant> acceptedAt,
    Optional<String> acceptedBy,
    List<Equipment> equipment,
    List<Comment> comments) implements Form {
  public static final FormType TYPE = FormType.of("unit-acceptance-rectification", UnitAcceptanceRectificationForm.class,
      Copies.of(Recipient.of(Department.SERVICE)), "MI-1.2", "MI-4.2", "MI-4.5");

  /** One item of equipment handed over with the unit. */
  public record Equipment(int no, String name) {}

  /** One rectification comment of the client (R1, R2, ... in the order written) and, once closed, how and by whom. */
  public record Comment(String item, String comment, Optional<String> resolution, Optional<Instant> closedAt, Optional<String> closedBy) {}

  public UnitAcceptanceRectificationForm {
    equipment = List.copyOf(equipment);
    comments = List.copyOf(comments);
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

  /** The form of {@code moveIn}, once Service prepared it (MI-1.2); {@code trail} is the move-in's audit trail. */
  public static Validation<Seq<FieldError>, UnitAcceptanceRectificationForm> of(MoveIn moveIn, List<AuditEntry> trail) {
    String id = moveIn.id().value();
    Optional<AuditEntry> prepared = Trail.last(trail, id, "PREPARE_FORMS");
    if (moveIn.formsPreparedAt().isEmpty() || prepared.isEmpty()) {
      return FormInput.missing("prepared");
    }
    Optional<AuditEntry> accepted = Trail.last(trail, id, "ACCEPT_EQUIPMENT");
    List<Equipment> equipment = new ArrayList<>();
    for (String item : moveIn.equipment()) {
      equipment.add(new Equipment(equipment.size() + 1, item));
    }
    List<Comment> comments = moveIn.rectificationItems().stream()
        .map(UnitAcceptanceRectificationForm::comment)
        .toList();
    return Validation.valid(new UnitAcceptanceRectificationForm(id, moveIn.company(), Units.of(moveIn.units()),
        moveIn.formsPreparedAt().get(), prepared.get().staff().value(), moveIn.inspectedAt(), accepted.map(AuditEntry::at),
        accepted.map(e -> e.staff().value()), equipment, comments));
  }

  private static Comment comment(RectificationItem item) {
    return new Comment(item.id(), item.comment(), item.resolution(), item.closedAt(), item.closedBy().map(s -> s.value()));
  }
}
