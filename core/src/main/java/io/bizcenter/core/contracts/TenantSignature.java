package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;
import java.util.List;

/** The signed contract as it came back from the tenant (CS-2.1): who signed, whether it is sealed, what came with it. */
public record TenantSignature(Signatory signatory, boolean companySeal, List<SupportingDocument> documents, Instant receivedAt,
    StaffId recordedBy) {
  public TenantSignature {
    documents = List.copyOf(documents);
  }
}
