package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.RuleFamily;
import io.bizcenter.core.kernel.TenantId;
import java.util.List;

/**
 * Key control's own rules, as rejections that carry their data; each one's code and arguments are read off the record
 * ({@link Rejection.RuleBroken}) unless its message shows its data otherwise, its clause is the rule that refused. A rule
 * shared by door and furniture keys names the clause of the category it was applied to (KY-2.x for doors, KY-3.1 for
 * furniture).
 */
@RuleFamily("KY")
public sealed interface KeyRejection extends Rejection.RuleBroken {
  /** KY-1.1: a master key goes only to a department manager, customer-service supervisor or cleaner of the business center. */
  record MasterKeyHolderNotAuthorized(Holder recipient, Clause clause) implements KeyRejection {}

  /** KY-1.1: the role fits, but only the business center's own staff hold master keys, never a contractor's employee. */
  record MasterKeyForCenterStaffOnly(Holder recipient, Clause clause) implements KeyRejection {}

  /** KY-1.4: the center already has as many master keys as its policy allows; nobody may have another cut. */
  record MasterKeyCountReached(int allowed, Clause clause) implements KeyRejection {}

  /** KY-1.2: the use log is kept for master keys. */
  record UseLogIsForMasterKeys(KeyCategory category, Clause clause) implements KeyRejection {}

  /** KY-2.1, KY-3.1: a client room's door and furniture keys go only to a tenant. */
  record ClientKeyForTenantsOnly(Holder recipient, Clause clause) implements KeyRejection {}

  /** KY-2.1, KY-3.1: the tenant's move-in has not reached the key handover. */
  record KeyHandoverNotReached(TenantId tenant, Clause clause) implements KeyRejection {}

  /** KY-2.4, KY-3.1: a tenant that has moved out holds no key any more. */
  record TenantMovedOut(TenantId tenant, Clause clause) implements KeyRejection {}

  /** KY-2.1, KY-3.1: a key opens only its tenant's rented room. */
  record RoomNotRented(TenantId tenant, RoomId room, Clause clause) implements KeyRejection {}

  /**
   * The lock has all the keys it may have: two backups per office (KY-2.2), one backup per piece of furniture
   * (KY-3.1), one key per workstation (KY-3.2), one key per public door (KY-4.1).
   */
  record LockKeyCountReached(Lock lock, int allowed, Clause clause) implements KeyRejection {
    public List<Object> arguments() {
      return List.of(lock.category(), lock, allowed);
    }
  }

  /** KY-2.3, KY-3.1: a client's copy is cut from the lock's backup, so a backup must be in the box. */
  record NoBackupInTheBox(Lock lock, Clause clause) implements KeyRejection {
    public List<Object> arguments() {
      return List.of(lock.category(), lock);
    }
  }

  /** KY-2.3, KY-3.1: a backup stays in the box; it leaves only on loan. */
  record BackupStaysInTheBox(KeyId key, Lock lock, Clause clause) implements KeyRejection {
    public List<Object> arguments() {
      return List.of(lock.category(), lock);
    }
  }

  /** KY-2.3, KY-3.1: the lock's last backup cannot leave the register while its other keys are out. */
  record BackupStillNeeded(KeyId key, Lock lock, Clause clause) implements KeyRejection {
    public List<Object> arguments() {
      return List.of(lock.category(), lock);
    }
  }

  /** KY-3.2: workstation keys are for the business center's staff. */
  record WorkstationKeyForBusinessCenterStaffOnly(Holder recipient, Clause clause) implements KeyRejection {}

  /** KY-3.2: one workstation key per staff member. */
  record AlreadyHoldsAWorkstationKey(Holder recipient, Clause clause) implements KeyRejection {}

  /** KY-4.1: a public door's key is held by the customer-service supervisor. */
  record PublicDoorKeyForTheSupervisorOnly(Holder recipient, Clause clause) implements KeyRejection {}

  /**
   * A workstation key passes from holder to successor, never to the box (KY-3.2); a public door's key stays with the
   * customer-service supervisor (KY-4.1).
   */
  record StaysWithAHolder(KeyCategory category, Clause clause) implements KeyRejection {}

  /** A key is handed over to someone other than the one who holds it (KY-3.2: to the successor). */
  record AlreadyItsHolder(Holder holder, Clause clause) implements KeyRejection {}
}
