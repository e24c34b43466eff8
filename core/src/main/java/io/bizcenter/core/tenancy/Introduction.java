package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;
import java.util.Optional;

/** One orientation item introduced to the client (MI-5.1 to MI-5.3). */
public record Introduction(OrientationItem item, Optional<String> note, Instant at, StaffId by) {}
