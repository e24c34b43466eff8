package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.Keys;
import java.util.List;
import java.util.function.Predicate;

/** The key register in memory: its questions are filters over the center's keys, oldest first. */
final class InMemoryKeys extends InMemoryCases<Key> implements Keys {
  InMemoryKeys(Journal journal) {
    super("keys", journal);
  }

  @Override
  public List<Key> heldBy(CenterId center, Holder holder) {
    return where(center, k -> k.holder().map(h -> h.reference().equals(holder.reference())).orElse(false));
  }

  @Override
  public List<Key> ofRoom(CenterId center, RoomId room) {
    return where(center, k -> k.lock().inRoom().map(room::equals).orElse(false));
  }

  @Override
  public List<Key> ofCategory(CenterId center, KeyCategory category) {
    return where(center, k -> k.category() == category);
  }

  @Override
  public long inRegister(CenterId center, KeyCategory category) {
    return where(center, k -> k.category() == category && k.inRegister()).size();
  }

  private List<Key> where(CenterId center, Predicate<Key> test) {
    return all(center).stream().filter(test).toList();
  }
}
