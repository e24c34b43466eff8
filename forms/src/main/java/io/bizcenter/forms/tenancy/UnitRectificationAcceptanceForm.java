package io.bizcenter.forms.tenancy;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.Compensation;
import io.bizcenter.core.tenancy.InventoryLine;
import io.bizcenter.core.tenancy.ItemCondition;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Unit Rectification &amp; Acceptance Form of a move-out (《单元整改验收单》, MO-2.1): Service and Engineering count
 * the unit's equipment and facilities together, item by item against the move-in acceptance record, each found intact,
 * damaged or missing; once assessed, what the client pays for each damaged or missing item and the total (MO-2.3, which
 * the source writes in the same paragraph). The source gives no count of copies: one, kept by Service, which organises
 * the departed client's file (MO-3.1).
 */
public record UnitRectificationAcceptanceForm(
    String moveOut,
    String moveIn,
    String company,
    String units,
    LocalDate leaseExpiry,
    List<Line> inventory,
    String engineer,
    Instant inventoriedAt,
    String inventoriedBy,
    Optional<Money> damage,
    Optional<Instant> assessedAt,
    Optional<String> assessedBy) implements Form {
  public static final FormType TYPE = FormType.of("unit-rectification-acceptance", UnitRectificationAcceptanceForm.class,
      Copies.of(Recipient.of(Department.SERVICE)), "MO-2.1");

  /** One item of the acceptance record as found, with its note and, once assessed, the compensation charged for it. */
  public record Line(int no, String item, ItemCondition condition, Optional<String> note, Optional<Money> compensation) {}

  public UnitRectificationAcceptanceForm {
    inventory = List.copyOf(inventory);
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

  /** The form of {@code moveOut}, once the joint inventory is taken (MO-2.1); {@code trail} is the move-out's audit trail. */
  public static Validation<Seq<FieldError>, UnitRectificationAcceptanceForm> of(MoveOut moveOut, List<AuditEntry> trail) {
    String id = moveOut.id().value();
    Optional<AuditEntry> counted = Trail.last(trail, id, "TAKE_JOINT_INVENTORY");
    if (moveOut.inventory().isEmpty() || moveOut.inventoriedWith().isEmpty() || counted.isEmpty()) {
      return FormInput.missing("inventory");
    }
    Optional<AuditEntry> assessed = Trail.last(trail, id, "ASSESS_DAMAGE");
    List<Line> lines = new ArrayList<>();
    for (InventoryLine line : moveOut.inventory()) {
      Optional<Money> charged = assessed.flatMap(a -> moveOut.compensations().stream().filter(c -> c.item().equals(line.item()))
          .map(Compensation::amount).findFirst());
      lines.add(new Line(lines.size() + 1, line.item(), line.condition(), Optional.ofNullable(line.note()), charged));
    }
    Optional<Money> damage = assessed.map(a -> moveOut.compensations().stream().map(Compensation::amount).reduce(Money.ZERO, Money::plus));
    return Validation.valid(new UnitRectificationAcceptanceForm(id, moveOut.moveIn().value(), moveOut.company(), Units.of(moveOut.units()),
        moveOut.leaseExpiry(), lines, moveOut.inventoriedWith().get().value(), counted.get().at(), counted.get().staff().value(), damage,
        assessed.map(AuditEntry::at), assessed.map(e -> e.staff().value())));
  }
}
