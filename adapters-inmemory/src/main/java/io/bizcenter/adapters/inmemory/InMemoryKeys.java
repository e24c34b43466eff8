package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Keys;
import java.util.List;

/** The key register in memory: its questions read files of the keys by holder, room, category and state, oldest first. */
final class InMemoryKeys extends InMemoryCases<Key> implements Keys {
  private final CaseFile<Key, String> byHolder = file(k -> k.holder().map(h -> List.of(h.reference())).orElse(List.of()));
  private final CaseFile<Key, RoomId> byRoom = file(k -> k.lock().inRoom().map(List::of).orElse(List.of()));
  private final CaseFile<Key, KeyCategory> byCategory = file(k -> List.of(k.category()));
  private final CaseFile<Key, KeyState> byState = file(k -> List.of(k.state()), Key::stateEnteredAt);
  private final CaseFile<Key, KeyCategory> inRegister = file(k -> k.inRegister() ? List.of(k.category()) : List.of());

  InMemoryKeys(Journal journal) {
    super("keys", journal);
  }

  @Override
  public List<Key> heldBy(CenterId center, Holder holder) {
    return read(() -> byHolder.under(center, holder.reference()));
  }

  @Override
  public List<Key> ofRoom(CenterId center, RoomId room) {
    return read(() -> byRoom.under(center, room));
  }

  @Override
  public List<Key> ofCategory(CenterId center, KeyCategory category) {
    return read(() -> byCategory.under(center, category));
  }

  @Override
  public List<Key> inState(CenterId center, KeyState state) {
    return read(() -> byState.under(center, state));
  }

  @Override
  public long inRegister(CenterId center, KeyCategory category) {
    return read(() -> inRegister.count(center, category));
  }
}
