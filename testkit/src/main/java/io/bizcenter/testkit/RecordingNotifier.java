package io.bizcenter.testkit;

import io.bizcenter.core.port.Notifier;
import io.bizcenter.core.port.OutboxNotice;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every notice it is given, in order; tests read them back. */
public final class RecordingNotifier implements Notifier {
  private final List<OutboxNotice> delivered = new CopyOnWriteArrayList<>();

  @Override
  public void deliver(OutboxNotice notice) {
    delivered.add(notice);
  }

  public List<OutboxNotice> delivered() {
    return List.copyOf(delivered);
  }
}
