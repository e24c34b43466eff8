package io.bizcenter.forms.tenancy;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.tenancy.DirectoryEntry;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.core.tenancy.TenantDirectory;
import io.bizcenter.forms.Copies;
import io.bizcenter.forms.Form;
import io.bizcenter.forms.FormType;
import io.bizcenter.forms.Forms;
import io.bizcenter.forms.Recipient;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Tenant Directory (《用户情况一览表》, MO-3.2) of a center as the tenancy desk answers it, unit by unit: who occupies
 * it since its key handover, when its lease term ends, and where its move-in, its lease watch and its move-out stand; a
 * tenant leaves it when Service updates the directory at the end of its move-out. It is not one case, so it has no
 * trail: it is printed as of the moment the desk was asked. The source gives no count of copies: one, kept by Service.
 */
public record TenantDirectoryForm(String center, Instant asOf, List<Line> entries) implements Form {
  public static final FormType TYPE = FormType.of("tenant-directory", TenantDirectoryForm.class,
      Copies.of(Recipient.of(Department.SERVICE)), "MO-3.2");

  /** One unit of the directory. */
  public record Line(
      int no,
      String unit,
      String tenant,
      String company,
      Instant since,
      LocalDate leaseExpiry,
      String moveIn,
      MoveInState moveInState,
      Optional<String> lease,
      Optional<RenewalVisitState> leaseState,
      Optional<String> moveOut,
      Optional<MoveOutState> moveOutState) {}

  public TenantDirectoryForm {
    entries = List.copyOf(entries);
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

  /** {@code directory} of {@code center} as the desk answered it at {@code asOf} ({@code center.tenancy().directory(...)}). */
  public static Validation<Seq<FieldError>, TenantDirectoryForm> of(CenterId center, TenantDirectory directory, Instant asOf) {
    List<FieldError> missing = new ArrayList<>();
    if (center == null) {
      missing.add(FieldError.of("center", FieldError.Problem.MISSING));
    }
    if (directory == null) {
      missing.add(FieldError.of("entries", FieldError.Problem.MISSING));
    }
    if (asOf == null) {
      missing.add(FieldError.of("asOf", FieldError.Problem.MISSING));
    }
    if (!missing.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(missing));
    }
    List<Line> lines = new ArrayList<>();
    for (DirectoryEntry e : directory.entries()) {
      lines.add(new Line(lines.size() + 1, e.unit().value(), e.tenant().value(), e.company(), e.since(), e.leaseExpiry(),
          e.moveIn().value(), e.moveInState(), e.lease().map(l -> l.value()), e.leaseState(), e.moveOut().map(o -> o.value()),
          e.moveOutState()));
    }
    return Validation.valid(new TenantDirectoryForm(center.value(), asOf, lines));
  }
}
