package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TimeLimit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Meeting reception's policy values (GS-4), the source's numbers as defaults.
 *
 * <ul>
 *   <li>{@code offsets}: for a task before the meeting, how long before the start it falls (MR-1.1 two days, MR-1.2,
 *       MR-1.3, MR-1.5 one day, MR-1.4 one hour); for a task after it, how long after the end it is due (the source
 *       gives no number: one hour for the see-off and invoice, two for the equipment and the cleaning). The tasks during
 *       the meeting run from its start to its end and take no offset. {@link Timeline} says how an offset becomes a
 *       window.
 *   <li>{@code lateBookingAllowance}: the least time a task is given after a booking or reschedule, when the meeting
 *       is too close for the regular timeline (our default: two hours, never past the start).
 *   <li>{@code prices}: the room per hour (or part of an hour) booked, tea per serving, every other item per meeting;
 *       {@code roomRates} overrides the room's price for particular rooms. The source names no prices: the defaults
 *       are placeholders a property sets.
 * </ul>
 */
public record MeetingPolicy(
    PolicyVersion version,
    Map<Task, TimeLimit> offsets,
    TimeLimit lateBookingAllowance,
    Map<ServiceItem, Money> prices,
    Map<RoomId, Money> roomRates) {
  public static final PolicyVersion DEFAULT_VERSION = PolicyVersion.of("MR-default-1");

  /** A policy that cannot time or price every task and item is a mistake in the vendor's set-up: refused at once. */
  public MeetingPolicy {
    offsets = Map.copyOf(offsets);
    prices = Map.copyOf(prices);
    roomRates = Map.copyOf(roomRates);
    for (Task task : Task.values()) {
      if (task.phase() != Task.Phase.DURING && !offsets.containsKey(task)) {
        throw new IllegalArgumentException("no offset for " + task);
      }
      TimeLimit offset = offsets.get(task);
      if (offset != null && (offset.days().isNegative() || offset.hours().isNegative())) {
        throw new IllegalArgumentException("a negative offset for " + task);
      }
    }
    for (ServiceItem item : ServiceItem.values()) {
      if (!prices.containsKey(item) || prices.get(item).isNegative()) {
        throw new IllegalArgumentException("no price for " + item);
      }
    }
    if (lateBookingAllowance.days().isNegative() || lateBookingAllowance.hours().isNegative()) {
      throw new IllegalArgumentException("a negative late-booking allowance");
    }
    if (roomRates.values().stream().anyMatch(Money::isNegative)) {
      throw new IllegalArgumentException("a negative room rate");
    }
  }

  public static MeetingPolicy defaults() {
    Map<Task, TimeLimit> offsets = new EnumMap<>(Task.class);
    offsets.put(Task.CONFIRM_AND_REQUEST_FORM, TimeLimit.ofDays(2));
    offsets.put(Task.SET_UP_VENUE, TimeLimit.ofDays(1));
    // reception staff guide attendees "on the day" (MR-1.2) as they arrive: due at the start, from the start of the day
    offsets.put(Task.GUIDE_ATTENDEES, TimeLimit.ofHours(0));
    offsets.put(Task.CHECK_DEVICES, TimeLimit.ofDays(1));
    offsets.put(Task.CLEAR_ROADS_AND_PARKING, TimeLimit.ofHours(1));
    offsets.put(Task.CLEAN_AND_INSPECT_VENUE, TimeLimit.ofDays(1));
    offsets.put(Task.SEE_OFF_AND_INVOICE, TimeLimit.ofHours(1));
    offsets.put(Task.COLLECT_EQUIPMENT, TimeLimit.ofHours(2));
    offsets.put(Task.CLEAN_VENUE, TimeLimit.ofHours(2));
    Map<ServiceItem, Money> prices = new EnumMap<>(ServiceItem.class);
    prices.put(ServiceItem.ROOM, Money.yuan("300.00"));
    prices.put(ServiceItem.TEA, Money.yuan("15.00"));
    prices.put(ServiceItem.MICROPHONE, Money.yuan("50.00"));
    prices.put(ServiceItem.AUDIO_VISUAL, Money.yuan("200.00"));
    prices.put(ServiceItem.PROJECTION, Money.yuan("300.00"));
    prices.put(ServiceItem.MUSIC, Money.yuan("100.00"));
    return new MeetingPolicy(DEFAULT_VERSION, offsets, TimeLimit.ofHours(2), prices, Map.of());
  }

  public TimeLimit offset(Task task) {
    TimeLimit offset = offsets.get(task);
    if (offset == null) {
      throw new IllegalArgumentException(task + " runs for the meeting's length and has no offset");
    }
    return offset;
  }

  public Money price(ServiceItem item) {
    return prices.get(item);
  }

  /** The hourly rate of a room: its own if the policy names one, the room price otherwise. */
  public Money roomRate(RoomId room) {
    return roomRates.getOrDefault(room, prices.get(ServiceItem.ROOM));
  }

  /** A copy under a new version with one offset changed; a meeting's later steps run under the new one. */
  public MeetingPolicy withOffset(PolicyVersion newVersion, Task task, TimeLimit offset) {
    Map<Task, TimeLimit> changed = new EnumMap<>(offsets);
    changed.put(task, offset);
    return new MeetingPolicy(newVersion, changed, lateBookingAllowance, prices, roomRates);
  }

  public MeetingPolicy withPrice(PolicyVersion newVersion, ServiceItem item, Money price) {
    Map<ServiceItem, Money> changed = new EnumMap<>(prices);
    changed.put(item, price);
    return new MeetingPolicy(newVersion, offsets, lateBookingAllowance, changed, roomRates);
  }

  public MeetingPolicy withRoomRate(PolicyVersion newVersion, RoomId room, Money rate) {
    Map<RoomId, Money> changed = new HashMap<>(roomRates);
    changed.put(room, rate);
    return new MeetingPolicy(newVersion, offsets, lateBookingAllowance, prices, changed);
  }
}
