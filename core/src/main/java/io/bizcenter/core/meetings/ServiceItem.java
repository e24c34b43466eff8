package io.bizcenter.core.meetings;

/**
 * What a meeting is invoiced for (MR-3.1): the room by the hour, tea by the serving (MR-2.1), and the services the
 * client asks for on the request form (MR-1.1). Prices are policy values ({@link MeetingPolicy}).
 */
public enum ServiceItem {
  /** the meeting room, per hour or part of an hour booked */
  ROOM,
  /** tea, per serving recorded during the meeting (MR-2.1) */
  TEA,
  /** a microphone, per meeting */
  MICROPHONE,
  /** the audio-visual system, per meeting */
  AUDIO_VISUAL,
  /** multimedia projection, per meeting */
  PROJECTION,
  /** music played as the meeting goes (MR-2.2), per meeting */
  MUSIC;

  /** Whether a client may ask for it on the request form: the room is booked, and tea is counted as served. */
  public boolean onRequest() {
    return this != ROOM && this != TEA;
  }
}
