package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.PersonName;
import java.time.Instant;

/** MI-3.1: the Management Agreement as signed: the template version it was drafted on, its number, who signed for the client. */
public record ManagementAgreement(String templateVersion, String number, PersonName signatory, Instant signedAt) {}
