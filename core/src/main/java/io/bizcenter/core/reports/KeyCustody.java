package io.bizcenter.core.reports;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who has the keys now (KY-1.x, KY-2.4): every master key with its holder, how many the policy allows and how many were
 * cut beyond the lock's own (KY-1.4: the number is fixed, nobody has one copied), and every key reported lost, longest
 * lost first, with who lost it and since when.
 *
 * @param masterKeysAllowed the center's policy value (KY-1.4)
 * @param masterKeys every master key of the register, retired ones included, oldest first
 * @param lostKeys every key of any category still recorded lost, longest lost first
 */
public record KeyCustody(CenterId center, Instant at, int masterKeysAllowed, List<MasterKey> masterKeys, List<LostKey> lostKeys) {
  public KeyCustody {
    masterKeys = List.copyOf(masterKeys);
    lostKeys = List.copyOf(lostKeys);
  }

  /** One master key: where it is since when, who holds it, and whether it was cut rather than the lock's own. */
  public record MasterKey(String keyId, KeyState state, Optional<Holder> holder, KeyOrigin origin, Instant registeredAt, Instant since) {
    /** A copy the center cut, rather than the lock's own key kept as backup. */
    public boolean cut() {
      return origin != KeyOrigin.BACKUP;
    }
  }

  /** One key recorded lost: what it opens, who had it, since when, and for how long at the report's time. */
  public record LostKey(String keyId, KeyCategory category, Lock lock, Optional<Holder> lostBy, Instant since, Duration lostFor) {}

  /** Master keys that still count (every state but retired; a lost one may still open, KY-1.3). */
  public long masterKeysInRegister() {
    return masterKeys.stream().filter(k -> k.state() != KeyState.RETIRED).count();
  }

  /** Master keys the center cut, retired ones included: the copies KY-1.4 keeps count of. */
  public long masterCopiesCut() {
    return masterKeys.stream().filter(MasterKey::cut).count();
  }

  /** Whether more master keys count than the policy allows (KY-1.4). */
  public boolean overTheMasterKeyCount() {
    return masterKeysInRegister() > masterKeysAllowed;
  }
}
