package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;
import java.util.Optional;

/** MO-1.1: what the client said at a renewal visit, and when. */
public record VisitNote(ClientIntent intent, Optional<String> note, Instant at, StaffId by) {}
