package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;

/** Who of our staff did something to a document, and when: a review, a stamp, a confirmed delivery. */
public record Endorsement(StaffId by, Instant at) {}
