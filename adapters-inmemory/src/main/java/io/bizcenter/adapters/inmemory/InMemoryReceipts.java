package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.port.Receipt;
import io.bizcenter.core.port.Receipts;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Receipts by (center, command id), in the order recorded; pruned ones stay as tombstones. */
final class InMemoryReceipts implements Receipts {
  private final Journal journal;
  private final Map<List<String>, Receipt> receipts = new LinkedHashMap<>();

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

  @Override
  public List<Receipt> ofCase(CenterId center, String procedure, String caseId) {
    return journal.read(() -> receipts.values().stream()
        .filter(r -> r.center().equals(center) && r.procedure().equals(procedure) && r.caseId().equals(caseId))
        .toList());
  }

  @Override
  public void rewrite(Receipt receipt) {
    List<String> key = List.of(receipt.center().value(), receipt.commandId().value());
    journal.read(() -> {
      Receipt before = receipts.get(key);
      if (before != null) {
        journal.write(() -> receipts.put(key, before.withAnswer(receipt.answer())), () -> receipts.put(key, before));
      }
      return null;
    });
  }

  @Override
  public int prune(CenterId center, Instant before) {
    return journal.read(() -> {
      List<Map.Entry<List<String>, Receipt>> old = new ArrayList<>();
      receipts.entrySet().stream()
          .filter(e -> e.getValue().center().equals(center) && !e.getValue().pruned()
              && (e.getValue().at() == null || e.getValue().at().isBefore(before)))
          .forEach(e -> old.add(Map.entry(e.getKey(), e.getValue())));
      for (Map.Entry<List<String>, Receipt> e : old) {
        journal.write(() -> receipts.put(e.getKey(), e.getValue().withAnswer(null)), () -> receipts.put(e.getKey(), e.getValue()));
      }
      return old.size();
    });
  }
}
