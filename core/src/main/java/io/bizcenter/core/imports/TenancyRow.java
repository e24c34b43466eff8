package io.bizcenter.core.imports;

import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.tenancy.ClientContact;
import java.time.LocalDate;
import java.util.List;

/**
 * A tenant in occupancy (MI-1.1, MI-6.3): who, the company, the units it rents, its lease's first and last day and its
 * contacts. Names and phones are personal data, masked in {@code toString} by their own types.
 */
public record TenancyRow(TenantId tenant, String company, List<RoomId> units, LocalDate leaseStart, LocalDate leaseExpiry,
    List<ClientContact> contacts) {}
