package io.bizcenter.core.services;

import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;

/**
 * The Fee Settlement Form (《费用结算单》, SV-2.5) the internal user signs after use: its number, the amount charged
 * to the user's department (the center fills it in; the source sets no internal rate), who signed and when.
 */
public record FeeSettlement(String number, Money amount, StaffId signedBy, Instant signedAt) {}
