package io.bizcenter.core.tenancy;

/** How an item of the move-in acceptance record is found at the move-out inventory (MO-2.1). */
public enum ItemCondition {
  INTACT,
  DAMAGED,
  MISSING
}
