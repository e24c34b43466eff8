package io.bizcenter.core.meetings;

/** The steps of meeting reception, named by what the department does. */
public enum MeetingAction {
  BOOK_ROOM,
  RECORD_CLIENT_CONTACT,
  RESCHEDULE,
  CANCEL,
  CONFIRM,
  SET_UP_VENUE,
  GUIDE_ATTENDEES,
  CHECK_DEVICES,
  CLEAR_ROADS_AND_PARKING,
  CLEAN_AND_INSPECT_VENUE,
  WAIVE_TASK,
  START,
  RECORD_TEA_SERVICE,
  LOG_INCIDENT,
  RECORD_SOUND_AND_LIGHTING,
  END,
  SEE_OFF_AND_INVOICE,
  COLLECT_EQUIPMENT,
  CLEAN_VENUE,
  CLOSE
}
