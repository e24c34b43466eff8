package io.bizcenter.spring;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.port.Listener;
import io.bizcenter.core.port.OutboxNotice;
import java.time.Instant;
import java.util.List;

/** The meters and every Listener bean of the application, each told in turn, each with its own started token. */
final class ListenerChain implements Listener {
  private final List<Listener> listeners;

  ListenerChain(List<Listener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public Object started(Command command, Actor actor) {
    Object[] tokens = new Object[listeners.size()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = listeners.get(i).started(command, actor);
    }
    return tokens;
  }

  @Override
  public void decided(Decided decided, Object started) {
    Object[] tokens = started instanceof Object[] t ? t : new Object[listeners.size()];
    for (int i = 0; i < listeners.size(); i++) {
      listeners.get(i).decided(decided, tokens[i]);
    }
  }

  @Override
  public void delivered(OutboxNotice notice) {
    listeners.forEach(l -> l.delivered(notice));
  }

  @Override
  public void refused(OutboxNotice notice, RuntimeException cause, Instant retryAt) {
    listeners.forEach(l -> l.refused(notice, cause, retryAt));
  }
}
