package io.bizcenter.core.services;

/** The steps of the equipment register. */
public enum DeviceAction {
  REGISTER,
  RECORD_MAINTENANCE,
  REPORT_FAULT,
  RECORD_REPAIR,
  RETIRE,
  /** GS-6: a device of the building's register, in service, brought in with its last maintenance. */
  IMPORT
}
