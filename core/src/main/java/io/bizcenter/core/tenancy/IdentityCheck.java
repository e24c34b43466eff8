package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;

/** MI-2.1: who checked which document, when. */
public record IdentityCheck(IdentityDocument document, Instant at, StaffId by) {}
