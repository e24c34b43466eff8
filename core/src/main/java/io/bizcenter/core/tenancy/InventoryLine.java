package io.bizcenter.core.tenancy;

/**
 * MO-2.1: one item of the move-in acceptance record as found at the joint inventory, on the Unit Rectification &amp;
 * Acceptance Form; the note may be left out (null).
 */
public record InventoryLine(String item, ItemCondition condition, String note) {}
