package io.bizcenter.core.port;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.vavr.control.Option;

/** Remembers the answer to every accepted command id, per center (idempotency). */
public interface Receipts {
  Option<Receipt> find(CenterId center, CommandId commandId);

  void record(Receipt receipt);
}
