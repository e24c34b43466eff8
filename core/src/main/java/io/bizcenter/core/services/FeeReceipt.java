package io.bizcenter.core.services;

import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Business Center Fee Receipt (《商务中心费用收据单》, SV-2.4), written after the service: its number, when it was
 * written, what it settles, and its three copies (一式三份), each tracked until handed over: to Finance, to the
 * client, into the center's archive. A receipt always has exactly these three copies.
 */
public record FeeReceipt(String number, Instant writtenAt, Settlement settlement, List<Copy> copies) {
  /** One copy and, once handed over, when and by whom. */
  public record Copy(ReceiptCopy to, Optional<Instant> handedOverAt, Optional<StaffId> handedOverBy) {
    public boolean handedOver() {
      return handedOverAt.isPresent();
    }
  }

  public FeeReceipt {
    copies = List.copyOf(copies);
  }

  static FeeReceipt write(String number, Instant at, Settlement settlement) {
    List<Copy> three = Arrays.stream(ReceiptCopy.values()).map(c -> new Copy(c, Optional.empty(), Optional.empty())).toList();
    return new FeeReceipt(number, at, settlement, three);
  }

  public Optional<Copy> copy(ReceiptCopy which) {
    return copies.stream().filter(c -> c.to() == which).findFirst();
  }

  /** The copies not yet handed over, in the order Finance, client, archive. */
  public List<ReceiptCopy> outstanding() {
    return copies.stream().filter(c -> !c.handedOver()).map(Copy::to).toList();
  }

  FeeReceipt handedOver(ReceiptCopy which, Instant at, StaffId by) {
    List<Copy> next = new ArrayList<>();
    for (Copy c : copies) {
      next.add(c.to() == which ? new Copy(which, Optional.of(at), Optional.of(by)) : c);
    }
    return new FeeReceipt(number, writtenAt, settlement, next);
  }
}
