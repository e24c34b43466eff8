package io.bizcenter.core.complaints;

/** How a complaint arrived (CP-0.1): by phone (CP-1.x) or by letter (CP-2.x). */
public enum Channel {
  PHONE,
  LETTER
}
