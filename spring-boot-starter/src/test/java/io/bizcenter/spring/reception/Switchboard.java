package io.bizcenter.spring.reception;

import io.bizcenter.core.port.Notifier;
import io.bizcenter.core.port.OutboxNotice;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The application's notifier: keeps what it took, and refuses everything while the test says the line is down. */
public final class Switchboard implements Notifier {
  private final List<OutboxNotice> delivered = new CopyOnWriteArrayList<>();
  private volatile boolean down;

  @Override
  public void deliver(OutboxNotice notice) {
    if (down) {
      throw new IllegalStateException("the switchboard is down");
    }
    delivered.add(notice);
  }

  public void down(boolean down) {
    this.down = down;
  }

  public List<OutboxNotice> delivered() {
    return delivered;
  }
}
