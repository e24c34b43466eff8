package io.bizcenter.core.meetings;

/** Where one task of a meeting stands. Only an open task is owed, and so on an agenda. */
public enum TaskStatus {
  OPEN,
  DONE,
  /** A department manager let the meeting go ahead without it, with a reason on the audit trail. */
  WAIVED,
  /** The meeting was cancelled before the task was done. */
  WITHDRAWN
}
