package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The Tenant Directory (用户情况一览表, MO-3.2), by unit: every unit occupied from its tenant's key handover (MI-4.3)
 * until Service updates the directory at the end of the move-out (MO-3.2).
 */
public record TenantDirectory(List<DirectoryEntry> entries) {
  public TenantDirectory {
    entries = List.copyOf(entries);
  }

  /** Who occupies the unit now, if anyone. */
  public Optional<DirectoryEntry> unit(RoomId unit) {
    return entries.stream().filter(e -> e.unit().equals(unit)).findFirst();
  }

  /** The units a tenant occupies. */
  public List<DirectoryEntry> tenant(TenantId tenant) {
    return entries.stream().filter(e -> e.tenant().equals(tenant)).toList();
  }
}
