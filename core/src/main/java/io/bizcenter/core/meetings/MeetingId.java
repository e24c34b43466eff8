package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.CaseId;

/** One meeting: a booking of a meeting room for a client, with its departments' timeline. */
public record MeetingId(String value) implements CaseId {
  public static MeetingId of(String value) {
    return new MeetingId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
