package io.bizcenter.core.tenancy;

/** The identity documents a client shows in the original (MI-2.1: 客户身份证明（原件）). */
public enum IdentityDocumentKind {
  RESIDENT_ID_CARD,
  PASSPORT,
  BUSINESS_LICENCE
}
