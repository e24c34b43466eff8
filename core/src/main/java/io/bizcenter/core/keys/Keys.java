package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.port.CaseStore;
import java.util.List;

/**
 * The key register: a port, implemented by adapters ({@code InMemoryKeys}, {@code JdbcKeys}). Beyond finding and
 * saving a key, it answers the questions key control asks across keys, each within one center, oldest key first; a
 * database adapter keeps holder, room and category as indexed columns, so none of them is a scan of the register.
 */
public interface Keys extends CaseStore<Key> {
  /** The keys a holder has now, held or lent; a member of staff is matched by staff id whatever the role. */
  List<Key> heldBy(CenterId center, Holder holder);

  /** The keys of a room's locks (door and furniture), in every state: the box by room number (KY-2.3) and more. */
  List<Key> ofRoom(CenterId center, RoomId room);

  /** The keys of one category, in every state; for the categories without a room (master, workstation, public door). */
  List<Key> ofCategory(CenterId center, KeyCategory category);

  /**
   * The keys in {@code state} now, of every category, longest in it first (by the time they entered it, then oldest
   * first): the lost keys and since when, for the custody report. A database adapter reads a (center, state, time) index.
   */
  List<Key> inState(CenterId center, KeyState state);

  /** How many keys of a category are in the register, lost ones included, retired ones not (KY-1.4). */
  long inRegister(CenterId center, KeyCategory category);

  /** The keys of one lock, in every state, through the indexed queries above. */
  default List<Key> ofLock(CenterId center, Lock lock) {
    List<Key> candidates = lock.inRoom().map(room -> ofRoom(center, room)).orElseGet(() -> ofCategory(center, lock.category()));
    return candidates.stream().filter(k -> k.lock().equals(lock)).toList();
  }
}
