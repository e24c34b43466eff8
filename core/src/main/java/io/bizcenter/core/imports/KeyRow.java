package io.bizcenter.core.imports;

import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;

/**
 * A key of the register as it stands (KY-0.1): what it opens and where it is now.
 *
 * @param state {@code IN_BOX} for a lock's backup in the desk box, {@code HELD} for a key in its holder's hands,
 *     {@code LOST} for a key recorded lost; a key on loan is imported in the box and lent again
 * @param origin for a held key: {@code CUT} (cut or handed out by the center) or {@code CLIENT_MADE} (a client's own
 *     door key copy, KY-2.2); none means {@code CUT}, since a key in hands came from the center unless the register
 *     records it as the client's own copy; ignored otherwise
 * @param holder who holds it ({@code HELD}) or had it when it was lost ({@code LOST}); none for a backup in the box
 */
public record KeyRow(Lock lock, KeyState state, KeyOrigin origin, Holder holder) {
  public static KeyRow inBox(Lock lock) {
    return new KeyRow(lock, KeyState.IN_BOX, KeyOrigin.BACKUP, null);
  }

  public static KeyRow held(Lock lock, Holder holder) {
    return new KeyRow(lock, KeyState.HELD, KeyOrigin.CUT, holder);
  }

  public static KeyRow lost(Lock lock, Holder lostBy) {
    return new KeyRow(lock, KeyState.LOST, KeyOrigin.CUT, lostBy);
  }
}
