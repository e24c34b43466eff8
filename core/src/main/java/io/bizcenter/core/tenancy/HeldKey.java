package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.Labelled;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.RoomId;
import java.util.List;
import java.util.Locale;

/**
 * A key in a tenant's hands, as the key register tells it: the key's id, the room of its lock, door or furniture. A
 * message names it as a clerk finds it: 1203 的门锁钥匙（K-7）.
 */
public record HeldKey(String keyId, RoomId room, KeyKind kind) implements Labelled {
  @Override
  public String label(Locale locale) {
    return Messages.text(HeldKey.class, locale, "held-key", List.of(room == null ? "" : room.value(), kind, keyId));
  }
}
