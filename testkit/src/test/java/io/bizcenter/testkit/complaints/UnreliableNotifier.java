package io.bizcenter.testkit.complaints;

import io.bizcenter.core.port.Notifier;
import io.bizcenter.core.port.OutboxNotice;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A vendor's messaging that fails now and then: it refuses some notices outright, or delivers some and then
 * fails before it can acknowledge them (the case that makes delivery "at least once"). Every offer is counted.
 */
final class UnreliableNotifier implements Notifier {
  private Notifier next;
  private volatile Predicate<OutboxNotice> refusing = n -> false;
  private volatile Predicate<OutboxNotice> losingAcknowledgement = n -> false;
  private final List<OutboxNotice> offered = new CopyOnWriteArrayList<>();

  /** Passes what it accepts on to {@code next}; for {@code ComplaintFixture.notifyingThrough}. */
  UnreliableNotifier passingTo(Notifier next) {
    this.next = next;
    return this;
  }

  void refuse(Predicate<OutboxNotice> which) {
    refusing = which;
  }

  void loseAcknowledgementOf(Predicate<OutboxNotice> which) {
    losingAcknowledgement = which;
  }

  void recover() {
    refusing = n -> false;
    losingAcknowledgement = n -> false;
  }

  List<OutboxNotice> offered() {
    return List.copyOf(offered);
  }

  @Override
  public void deliver(OutboxNotice notice) {
    offered.add(notice);
    if (refusing.test(notice)) {
      throw new IllegalStateException("messaging is down");
    }
    next.deliver(notice);
    if (losingAcknowledgement.test(notice)) {
      throw new IllegalStateException("delivered, but the acknowledgement was lost");
    }
  }
}
