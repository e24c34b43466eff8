package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.PersonName;

/**
 * The identity document the client showed (MI-2.1): its kind, number and holder, and whether Service saw the original.
 * Number and holder are personal data: {@code toString} masks them.
 */
public record IdentityDocument(IdentityDocumentKind kind, IdentityNumber number, PersonName holder, boolean originalSeen) {
  public static IdentityDocument original(IdentityDocumentKind kind, String number, String holder) {
    return new IdentityDocument(kind, IdentityNumber.of(number), PersonName.of(holder), true);
  }
}
