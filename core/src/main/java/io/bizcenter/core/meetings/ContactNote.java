package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;

/** One contact with the client between the booking and the meeting's end (MR-0.1: 保持不间断的联系). */
public record ContactNote(Instant at, StaffId by, String note) {}
