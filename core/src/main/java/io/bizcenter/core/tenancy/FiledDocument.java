package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;

/** A document in the client file (MI-6.3): what it is, where the paper is (an archive reference), who filed it, when. */
public record FiledDocument(ClientDocument kind, String reference, Instant filedAt, StaffId filedBy) {}
