package io.bizcenter.core.tenancy;

import static io.bizcenter.core.kernel.Field.line;
import static io.bizcenter.core.kernel.Field.present;
import static io.bizcenter.core.kernel.Field.text;

import io.bizcenter.core.kernel.Field;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The field checks tenancy's commands share (GS-1): sizes, ids, dates, slots and amounts a clerk could mistype. */
final class Checks {
  static final int ID = 64;
  static final int ROOM = 32;
  static final int COMPANY = 100;
  static final int REFERENCE = 64;
  static final int ITEM = 100;
  static final int NOTE = 1000;
  static final int MOST_UNITS = 20;
  static final int MOST_ITEMS = 100;
  static final int MOST_CONTACTS = 20;
  /** Dates of leases, and instants of moves, between these; anything else is a typing error, not a lease. */
  static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);
  static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
  static final Duration LONGEST_MOVE = MoveIn.LONGEST_MOVE;
  static final BigDecimal MOST_KWH = new BigDecimal("999999999.99");
  static final BigDecimal MOST_UNITS_CHARGED = new BigDecimal("1000000");
  static final Money MOST_MONEY = Money.yuan("100000000.00");

  private Checks() {}

  static Validation<FieldError, ?> id(String field, String value) {
    return line(field, value, ID);
  }

  static Validation<FieldError, ?> tenant(String field, TenantId tenant) {
    return present(field, tenant).flatMap(t -> line(field, t.value(), ID));
  }

  static Validation<FieldError, ?> staff(String field, StaffId staff) {
    return present(field, staff).flatMap(s -> line(field, s.value(), ID));
  }

  static Validation<FieldError, ?> room(String field, RoomId room) {
    return present(field, room).flatMap(r -> line(field, r.value(), ROOM));
  }

  /** One to {@link #MOST_UNITS} units, each named once. */
  static Validation<FieldError, ?> units(String field, List<RoomId> units) {
    return Field.nonEmpty(field, units).flatMap(all -> {
      if (all.size() > MOST_UNITS) {
        return Validation.invalid(FieldError.of(field, Problem.TOO_LONG, MOST_UNITS));
      }
      Set<RoomId> seen = new HashSet<>();
      for (RoomId unit : all) {
        Validation<FieldError, ?> one = room(field, unit);
        if (one.isInvalid()) {
          return Validation.invalid(one.getError());
        }
        if (!seen.add(unit)) {
          return Validation.invalid(FieldError.of(field, Problem.NOT_ALLOWED));
        }
      }
      return Validation.valid(all);
    });
  }

  /**
   * Lines such as equipment or item names: each a single line of at most {@link #ITEM}, named once, at most
   * {@link #MOST_ITEMS}; empty only if {@code mayBeEmpty}.
   */
  static Validation<FieldError, ?> lines(String field, List<String> values, boolean mayBeEmpty, boolean multiline) {
    if (values == null || values.stream().anyMatch(Objects::isNull)) {
      return Validation.invalid(FieldError.of(field, Problem.MISSING));
    }
    if (values.isEmpty() && !mayBeEmpty) {
      return Validation.invalid(FieldError.of(field, Problem.BLANK));
    }
    if (values.size() > MOST_ITEMS) {
      return Validation.invalid(FieldError.of(field, Problem.TOO_LONG, MOST_ITEMS));
    }
    Set<String> seen = new HashSet<>();
    for (String value : values) {
      Validation<FieldError, String> one = multiline ? text(field, value, NOTE) : line(field, value, ITEM);
      if (one.isInvalid()) {
        return Validation.invalid(one.getError());
      }
      if (!multiline && !seen.add(value)) {
        return Validation.invalid(FieldError.of(field, Problem.NOT_ALLOWED));
      }
    }
    return Validation.valid(values);
  }

  static Validation<FieldError, ?> date(String field, LocalDate date) {
    return present(field, date).flatMap(d -> d.isBefore(FIRST_DAY) || d.isAfter(LAST_DAY)
        ? Validation.invalid(FieldError.of(field, Problem.MALFORMED))
        : Validation.valid(d));
  }

  /** An instant of a booking: whole minutes, within the years a booking can be for. */
  static Validation<FieldError, Instant> minute(String field, Instant at) {
    return present(field, at).flatMap(t -> !t.isBefore(EARLIEST) && t.isBefore(LATEST) && t.getEpochSecond() % 60 == 0 && t.getNano() == 0
        ? Validation.valid(t)
        : Validation.invalid(FieldError.of(field, Problem.MALFORMED)));
  }

  /** A text the clerk may leave out (null); if given, checked like any text. */
  static Validation<FieldError, ?> optionalText(String field, String value) {
    return value == null ? Validation.valid(Optional.empty()) : text(field, value, NOTE);
  }

  /** A meter reading in kWh: 0 or more, at most two decimals, within a meter's range. */
  static Validation<FieldError, ?> reading(String field, BigDecimal value) {
    return present(field, value).flatMap(v -> v.signum() >= 0 && v.compareTo(MOST_KWH) <= 0 && v.stripTrailingZeros().scale() <= 2
        ? Validation.valid(v)
        : Validation.invalid(FieldError.of(field, Problem.NOT_ALLOWED)));
  }

  /** How many of a charging standard's units: more than 0, at most two decimals. */
  static Validation<FieldError, ?> quantity(String field, BigDecimal value) {
    return present(field, value).flatMap(v -> v.signum() > 0 && v.compareTo(MOST_UNITS_CHARGED) <= 0 && v.stripTrailingZeros().scale() <= 2
        ? Validation.valid(v)
        : Validation.invalid(FieldError.of(field, Problem.NOT_ALLOWED)));
  }

  /** An amount the clerk enters: 0.00 or more, within reason. */
  static Validation<FieldError, ?> money(String field, Money value) {
    return Field.amount(field, value).flatMap(v -> !v.isNegative() && v.compareTo(MOST_MONEY) <= 0
        ? Validation.valid(v)
        : Validation.invalid(FieldError.of(field, Problem.NOT_ALLOWED)));
  }

  @SuppressWarnings("unchecked")
  static <C> Validation<Seq<FieldError>, C> collect(C command, List<Validation<FieldError, ?>> checks) {
    return Field.all(command, checks.toArray(Validation[]::new));
  }
}
