package io.bizcenter.core.services;

import io.bizcenter.core.kernel.FieldError;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A time range a device is needed for, from {@code startsAt} (included) to {@code endsAt} (excluded): two slots
 * that only touch do not overlap. Kept to the microsecond, as every store keeps time.
 */
public record Slot(Instant startsAt, Instant endsAt) {
  /** The longest slot one order or application may ask for; longer needs are several bookings. */
  public static final Duration LONGEST = Duration.ofDays(92);

  public Slot {
    startsAt = startsAt == null ? null : startsAt.truncatedTo(ChronoUnit.MICROS);
    endsAt = endsAt == null ? null : endsAt.truncatedTo(ChronoUnit.MICROS);
  }

  public static Slot of(Instant startsAt, Instant endsAt) {
    return new Slot(startsAt, endsAt);
  }

  /** Whether the two slots share any instant; an empty slot overlaps nothing. */
  public boolean overlaps(Slot other) {
    return !zeroLength() && !other.zeroLength() && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
  }

  public boolean zeroLength() {
    return !startsAt.isBefore(endsAt);
  }

  /** A slot as input: both ends given, the start before the end, no longer than {@link #LONGEST}. */
  static Validation<FieldError, Slot> check(String field, Slot slot) {
    if (slot == null || slot.startsAt() == null || slot.endsAt() == null) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.MISSING));
    }
    if (!slot.startsAt().isBefore(slot.endsAt()) || Duration.between(slot.startsAt(), slot.endsAt()).compareTo(LONGEST) > 0) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.MALFORMED));
    }
    return Validation.valid(slot);
  }

  @Override
  public String toString() {
    return "[" + startsAt + ", " + endsAt + ")";
  }
}
