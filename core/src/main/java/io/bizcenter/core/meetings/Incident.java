package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;

/** Something that happened during the meeting and how Service handled it (MR-2.1: 随时处理会议期间突发事件). */
public record Incident(Instant at, StaffId loggedBy, String description) {}
