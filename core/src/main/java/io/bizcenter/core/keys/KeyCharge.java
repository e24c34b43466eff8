package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.TenantId;
import java.time.Instant;

/**
 * An amount a tenant owes for a key, exact CNY from the policy the case ran under, with the rule it comes from: a
 * vendor bills it from the key or from the event that recorded it.
 */
public record KeyCharge(ChargeKind kind, TenantId payer, Money amount, Clause clause, Instant at) {}
