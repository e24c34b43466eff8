package io.bizcenter.core.services;

/** The steps of the equipment register. */
public enum DeviceAction {
  REGISTER,
  RECORD_MAINTENANCE,
  REPORT_FAULT,
  RECORD_REPAIR,
  RETIRE
}
