package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.Money;
import java.time.LocalDate;

/**
 * The negotiated terms filled into the template (CS-1.1): what is let (a unit, a parking space, a phone line), for
 * which dates (both included), the monthly charge and the deposit, in exact CNY.
 */
public record Terms(String subject, LocalDate start, LocalDate end, Money monthlyCharge, Money deposit) {}
