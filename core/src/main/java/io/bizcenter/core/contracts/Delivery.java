package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.Department;
import java.util.Optional;

/**
 * Originals on their way after issue (CS-4.1): to one of our departments through the General Office, or to the
 * tenant through Operations; tracked until the receiving department (Operations, for the tenant's) confirms.
 *
 * @param to our department that keeps the original; empty for the tenant's originals
 */
public record Delivery(Optional<Department> to, int originals, Department through, Optional<Endorsement> confirmed) {
  /** The department that confirms the delivery: the one receiving it, or Operations, which hands the tenant its originals. */
  public Department confirmer() {
    return to.orElse(through);
  }

  public boolean toTenant() {
    return to.isEmpty();
  }

  public boolean pending() {
    return confirmed.isEmpty();
  }

  Delivery confirmedBy(Endorsement endorsement) {
    return new Delivery(to, originals, through, Optional.of(endorsement));
  }
}
