package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.TimeLimit;
import java.util.Objects;

/**
 * Key control's policy values (GS-4), set per center; each key records the version its latest step ran under.
 *
 * <ul>
 *   <li>{@code masterKeys}: how many master keys the center keeps (KY-1.4). The source fixes the number without
 *       giving it; the default is three, one for each role that may hold one (KY-1.1).
 *   <li>{@code doorKeysPerOffice}: the keys an office comes with, kept in the desk box as its backups (KY-2.2,
 *       KY-2.3: "normally two keys per office"); default two, as the source says.
 *   <li>{@code copyFee}: charged for every copy cut for a client, door keys and extra furniture keys alike (KY-2.3,
 *       KY-3.1). The source gives no amount: CNY 20.00 by default.
 *   <li>{@code doorKeyCompensation}, {@code furnitureKeyCompensation}: what a client pays for a key it lost or did not
 *       bring back at move-out (KY-2.4, KY-3.1); the source says "per the rules" without amounts: CNY 200.00 for a
 *       door key (the lock is changed) and CNY 50.00 for a furniture key by default.
 *   <li>{@code lendingTime}: how long a key lent out of the box may stay out before its return is overdue on the
 *       agenda (GS-7); the source is silent: four hours.
 * </ul>
 */
public record KeyPolicy(
    PolicyVersion version,
    int masterKeys,
    int doorKeysPerOffice,
    Money copyFee,
    Money doorKeyCompensation,
    Money furnitureKeyCompensation,
    TimeLimit lendingTime) {
  public static final PolicyVersion DEFAULT_VERSION = PolicyVersion.of("KY-default-1");

  /** A policy is the vendor's configuration: a nonsensical one is a programming error, refused when made. */
  public KeyPolicy {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(lendingTime, "lendingTime");
    if (masterKeys < 0 || doorKeysPerOffice < 1) {
      throw new IllegalArgumentException("master keys must be 0 or more and door keys per office 1 or more");
    }
    for (Money fee : new Money[] {copyFee, doorKeyCompensation, furnitureKeyCompensation}) {
      if (fee == null || fee.isNegative()) {
        throw new IllegalArgumentException("fees are amounts of 0.00 or more: " + fee);
      }
    }
  }

  public static KeyPolicy defaults() {
    return new KeyPolicy(DEFAULT_VERSION, 3, 2, Money.yuan("20.00"), Money.yuan("200.00"), Money.yuan("50.00"), TimeLimit.ofHours(4));
  }

  /** A copy under a new version allowing {@code count} master keys (KY-1.4). */
  public KeyPolicy withMasterKeys(PolicyVersion newVersion, int count) {
    return new KeyPolicy(newVersion, count, doorKeysPerOffice, copyFee, doorKeyCompensation, furnitureKeyCompensation, lendingTime);
  }

  /** A copy under a new version with another copy fee (KY-2.3, KY-3.1). */
  public KeyPolicy withCopyFee(PolicyVersion newVersion, Money fee) {
    return new KeyPolicy(newVersion, masterKeys, doorKeysPerOffice, fee, doorKeyCompensation, furnitureKeyCompensation, lendingTime);
  }

  /** The compensation for a lost client key of this category (KY-2.4, KY-3.1); none for keys clients never hold. */
  public Money compensationFor(KeyCategory category) {
    return switch (category) {
      case OFFICE_DOOR -> doorKeyCompensation;
      case CLIENT_FURNITURE -> furnitureKeyCompensation;
      case MASTER, WORKSTATION, PUBLIC_DOOR -> Money.ZERO;
    };
  }
}
