package io.bizcenter.core.kernel;

import java.util.List;

/** What a pure decision produced: the new state of the case, what happened, and the notices it sends. */
public record Decision<T>(T state, List<DomainEvent> events, List<Notice> notices) {
  public Decision {
    events = List.copyOf(events);
    notices = List.copyOf(notices);
  }

  /** Most decisions send no notice: no array for them. */
  public static <T> Decision<T> of(T state, DomainEvent event) {
    return new Decision<>(state, List.of(event), List.of());
  }

  public static <T> Decision<T> of(T state, DomainEvent event, Notice... notices) {
    return new Decision<>(state, List.of(event), List.of(notices));
  }

  public static <T> Decision<T> of(T state, DomainEvent event, List<Notice> notices) {
    return new Decision<>(state, List.of(event), notices);
  }
}
