package io.bizcenter.core.privacy;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;
import java.util.List;

/**
 * What an erasure did, for the vendor's record of requests (PIPL art. 47): under which reference, in which center, by
 * whom, when, and the cases ({@code procedure/case id}) whose personal data became the pseudonym {@code erased:reference}.
 * It holds no personal data itself.
 */
public record Erasure(String reference, CenterId center, StaffId by, Instant at, List<String> cases) {
  public Erasure {
    cases = List.copyOf(cases);
  }

  /** What the person's names, phone and identity numbers became. */
  public String pseudonym() {
    return PersonalDataDesk.ERASED + reference;
  }
}
