package io.bizcenter.core.services;

/** What a service's price is per (SV-3.1 fee schedules). */
public enum FeeUnit {
  PAGE,
  ITEM,
  HOUR,
  DAY,
  MONTH
}
