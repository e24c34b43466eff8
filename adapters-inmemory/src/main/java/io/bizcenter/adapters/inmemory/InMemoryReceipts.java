package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.port.Receipt;
import io.bizcenter.core.port.Receipts;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class InMemoryReceipts implements Receipts {
  private final Journal journal;
  private final Map<List<String>, Receipt> receipts = new HashMap<>();

  InMemoryReceipts(Journal journal) {
    this.journal = journal;
  }

  @Override
  public Option<Receipt> find(CenterId center, CommandId commandId) {
    return journal.read(() -> Option.of(receipts.get(List.of(center.value(), commandId.value()))));
  }

  @Override
  public void record(Receipt receipt) {
    List<String> key = List.of(receipt.center().value(), receipt.commandId().value());
    journal.read(() -> {
      Receipt before = receipts.get(key);
      journal.write(() -> receipts.put(key, receipt), () -> {
        if (before == null) {
          receipts.remove(key);
        } else {
          receipts.put(key, before);
        }
      });
      return null;
    });
  }
}
