package io.bizcenter.core.keys;

/** The steps of key control, named by what the business center does. */
public enum KeyAction {
  REGISTER_DOOR_BACKUP,
  REGISTER_FURNITURE_BACKUP,
  CUT_MASTER_KEY,
  CUT_DOOR_KEY,
  CUT_FURNITURE_KEY,
  ISSUE_WORKSTATION_KEY,
  ISSUE_PUBLIC_DOOR_KEY,
  RECORD_CLIENT_COPY,
  ISSUE,
  LEND,
  RETURN,
  HAND_OVER,
  RECORD_USE,
  REPORT_LOST,
  RETIRE,
  WRITE_OFF,
  // GS-6: the register as it stands when the building comes to the library, one key per row
  IMPORT_BACKUP,
  IMPORT_HELD,
  IMPORT_LOST
}
