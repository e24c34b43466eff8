package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The cases of one procedure filed under a key of theirs (a room, a holder, a device), each key's cases in the order of
 * a moment of theirs and then of their first save. A store answers "the cases under this key" and "those whose moment
 * falls between" from the file, as the JDBC store does from an index, so a question costs the same however many cases
 * the center holds. {@link InMemoryCases} keeps every file it made on each save and each undo.
 *
 * @param <C> the case
 * @param <K> the key it is filed under
 */
final class CaseFile<C, K> {
  /** Where a case sits under its key. */
  private record Place(Instant at, long saved) implements Comparable<Place> {
    @Override
    public int compareTo(Place other) {
      int byMoment = at.compareTo(other.at);
      return byMoment != 0 ? byMoment : Long.compare(saved, other.saved);
    }
  }

  private final Function<C, Collection<K>> keys;
  private final Function<C, Instant> moment;
  private final Map<CenterId, Map<K, NavigableMap<Place, C>>> filed = new HashMap<>();
  // every case a question took out of the file: what shows a question reads a range, not the center
  private long handedOut;

  CaseFile(Function<C, Collection<K>> keys, Function<C, Instant> moment) {
    this.keys = keys;
    this.moment = moment;
  }

  private void add(CenterId center, C kase, long saved) {
    for (K key : keys.apply(kase)) {
      filed.computeIfAbsent(center, c -> new HashMap<>()).computeIfAbsent(key, k -> new TreeMap<>())
          .put(new Place(moment.apply(kase), saved), kase);
    }
  }

  private void remove(CenterId center, C kase, long saved) {
    Map<K, NavigableMap<Place, C>> ofCenter = filed.get(center);
    for (K key : keys.apply(kase)) {
      NavigableMap<Place, C> under = ofCenter.get(key);
      under.remove(new Place(moment.apply(kase), saved));
      if (under.isEmpty()) {
        ofCenter.remove(key);
      }
    }
  }

  /**
   * Files {@code in} (saved as number {@code saved}) in place of {@code out}, either of them null for none. Most saves
   * keep a case's keys and moment (a step on a meeting keeps its room and start), and then only the value under each key
   * changes, with no entry taken out and put back.
   */
  void replace(CenterId center, C out, C in, long saved) {
    if (out != null && in != null) {
      Collection<K> outKeys = keys.apply(out);
      Collection<K> inKeys = keys.apply(in);
      if (outKeys.isEmpty() && inKeys.isEmpty()) {
        return;
      }
      if (outKeys.equals(inKeys)) {
        Instant at = moment.apply(in);
        if (at.equals(moment.apply(out))) {
          Map<K, NavigableMap<Place, C>> ofCenter = filed.get(center);
          for (K key : inKeys) {
            ofCenter.get(key).put(new Place(at, saved), in);
          }
          return;
        }
      }
    }
    if (out != null) {
      remove(center, out, saved);
    }
    if (in != null) {
      add(center, in, saved);
    }
  }

  /** Every case under the key, in order. */
  List<C> under(CenterId center, K key) {
    return handedOut(List.copyOf(ofKey(center, key).values()));
  }

  /** The cases under the key whose moment is strictly after {@code after} and strictly before {@code before}, in order. */
  List<C> between(CenterId center, K key, Instant after, Instant before) {
    if (!after.isBefore(before)) {
      return List.of();
    }
    return handedOut(List.copyOf(ofKey(center, key).subMap(new Place(after, Long.MAX_VALUE), false, new Place(before, Long.MIN_VALUE), false).values()));
  }

  /** The cases under the key whose moment is from {@code from} (included) to {@code until} (excluded), in order. */
  List<C> from(CenterId center, K key, Instant from, Instant until) {
    if (!from.isBefore(until)) {
      return List.of();
    }
    return handedOut(List.copyOf(ofKey(center, key).subMap(new Place(from, Long.MIN_VALUE), true, new Place(until, Long.MIN_VALUE), false).values()));
  }

  /** The same cases as {@link #between}, oldest first. */
  List<C> betweenOldestFirst(CenterId center, K key, Instant after, Instant before) {
    if (!after.isBefore(before)) {
      return List.of();
    }
    return handedOut(ofKey(center, key).subMap(new Place(after, Long.MAX_VALUE), false, new Place(before, Long.MIN_VALUE), false).entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparingLong(Place::saved)))
        .map(Map.Entry::getValue)
        .toList());
  }

  int count(CenterId center, K key) {
    return ofKey(center, key).size();
  }

  /** How many cases the file's questions have handed out so far. */
  long handedOut() {
    return handedOut;
  }

  private List<C> handedOut(List<C> cases) {
    handedOut += cases.size();
    return cases;
  }

  private NavigableMap<Place, C> ofKey(CenterId center, K key) {
    return filed.getOrDefault(center, Map.of()).getOrDefault(key, new TreeMap<>());
  }
}
