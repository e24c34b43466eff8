package io.bizcenter.core.meetings;

/** The venue's devices Engineering confirms the day before (MR-1.3): 灯光、音像、话筒、多媒体投影. */
public enum Device {
  LIGHTING,
  AUDIO_VISUAL,
  MICROPHONES,
  PROJECTION
}
