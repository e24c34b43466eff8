package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;

/** MI-5.4: a question the client asked during acceptance and handover, and Service's answer. */
public record ClientQuestion(String question, String answer, Instant at, StaffId by) {}
