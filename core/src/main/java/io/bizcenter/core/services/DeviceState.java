package io.bizcenter.core.services;

/** Where a device of the register stands (SV-1.1, SV-1.2). */
public enum DeviceState {
  /** usable, maintained on its schedule */
  IN_SERVICE,
  /** out of use until a professional repair is recorded */
  FAULTY,
  /** taken off the register */
  RETIRED
}
