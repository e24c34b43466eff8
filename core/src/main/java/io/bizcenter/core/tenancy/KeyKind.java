package io.bizcenter.core.tenancy;

/** The kinds of key a tenant holds, as the key register tells tenancy (KY-2.1, KY-3.1). */
public enum KeyKind {
  DOOR,
  FURNITURE
}
