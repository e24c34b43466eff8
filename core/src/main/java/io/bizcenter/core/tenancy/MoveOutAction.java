package io.bizcenter.core.tenancy;

/** The steps of a move-out, named by what is done. */
public enum MoveOutAction {
  OPEN_MOVE_OUT,
  TAKE_JOINT_INVENTORY,
  RECORD_METER_READING,
  ASSESS_DAMAGE,
  VACATE,
  ARCHIVE_CLIENT_FILE,
  UPDATE_DIRECTORY_AND_NAMEPLATE,
  CALL_OFF
}
