package io.bizcenter.core.kernel;

/** Something that happened to a case, in the past tense. Events are immutable records. */
public interface DomainEvent {
  /** A stable name for storage and consumers; the record's simple name unless a procedure says otherwise. */
  default String type() {
    return getClass().getSimpleName();
  }
}
