package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.Money;

/** MO-2.3: what the client pays for one item damaged or missing during the lease, exact CNY. */
public record Compensation(String item, Money amount) {}
