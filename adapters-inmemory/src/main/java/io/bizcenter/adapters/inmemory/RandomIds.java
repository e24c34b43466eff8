package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.port.Ids;
import java.util.UUID;

/** Random UUIDs: unique across nodes and restarts, which is what production wants. */
public final class RandomIds implements Ids {
  @Override
  public String next() {
    return UUID.randomUUID().toString();
  }
}
