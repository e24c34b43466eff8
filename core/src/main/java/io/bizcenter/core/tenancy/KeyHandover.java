package io.bizcenter.core.tenancy;

import java.time.Instant;
import java.util.List;

/** MI-4.3: the Unit Key Handover Form as signed: the keys the client holds per the key register, and when it signed. */
public record KeyHandover(List<HeldKey> keys, Instant signedAt) {
  public KeyHandover {
    keys = List.copyOf(keys);
  }
}
