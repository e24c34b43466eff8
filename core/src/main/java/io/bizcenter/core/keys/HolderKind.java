package io.bizcenter.core.keys;

/** Who can hold a key: a tenant (client company or person) or a member of staff. */
public enum HolderKind {
  TENANT,
  STAFF
}
