package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import java.util.List;

/**
 * Key control's own rules, as rejections that carry their data. A rule shared by door and furniture keys names the
 * clause of the category it was applied to (KY-2.x for doors, KY-3.1 for furniture).
 */
public sealed interface KeyRejection extends Rejection.RuleBroken {
  /** KY-1.1: a master key goes only to a department manager, customer-service supervisor or cleaner of the business center. */
  record MasterKeyHolderNotAuthorized(Holder recipient) implements KeyRejection {
    public String code() {
      return "KY_MASTER_KEY_HOLDER_NOT_AUTHORIZED";
    }

    public Clause clause() {
      return Clause.of("KY-1.1");
    }

    public List<Object> arguments() {
      return List.of(recipient);
    }
  }

  /** KY-1.1: the role fits, but only the business center's own staff hold master keys, never a contractor's employee. */
  record MasterKeyForCenterStaffOnly(Holder recipient) implements KeyRejection {
    public String code() {
      return "KY_MASTER_KEY_FOR_CENTER_STAFF_ONLY";
    }

    public Clause clause() {
      return Clause.of("KY-1.1");
    }

    public List<Object> arguments() {
      return List.of(recipient);
    }
  }

  /** KY-1.4: the center already has as many master keys as its policy allows; nobody may have another cut. */
  record MasterKeyCountReached(int allowed) implements KeyRejection {
    public String code() {
      return "KY_MASTER_KEY_COUNT_REACHED";
    }

    public Clause clause() {
      return Clause.of("KY-1.4");
    }

    public List<Object> arguments() {
      return List.of(allowed);
    }
  }

  /** KY-1.2: the use log is kept for master keys. */
  record UseLogIsForMasterKeys(KeyCategory category) implements KeyRejection {
    public String code() {
      return "KY_USE_LOG_IS_FOR_MASTER_KEYS";
    }

    public Clause clause() {
      return Clause.of("KY-1.2");
    }

    public List<Object> arguments() {
      return List.of(category);
    }
  }

  /** KY-2.1, KY-3.1: a client room's door and furniture keys go only to a tenant. */
  record ClientKeyForTenantsOnly(Holder recipient, Clause clause) implements KeyRejection {
    public String code() {
      return "KY_CLIENT_KEY_FOR_TENANTS_ONLY";
    }

    public List<Object> arguments() {
      return List.of(recipient);
    }
  }

  /** KY-2.1, KY-3.1: the tenant's move-in has not reached the key handover. */
  record KeyHandoverNotReached(TenantId tenant, Clause clause) implements KeyRejection {
    public String code() {
      return "KY_KEY_HANDOVER_NOT_REACHED";
    }

    public List<Object> arguments() {
      return List.of(tenant.value());
    }
  }

  /** KY-2.4, KY-3.1: a tenant that has moved out holds no key any more. */
  record TenantMovedOut(TenantId tenant, Clause clause) implements KeyRejection {
    public String code() {
      return "KY_TENANT_MOVED_OUT";
    }

    public List<Object> arguments() {
      return List.of(tenant.value());
    }
  }

  /** KY-2.1, KY-3.1: a key opens only its tenant's rented room. */
  record RoomNotRented(TenantId tenant, RoomId room, Clause clause) implements KeyRejection {
    public String code() {
      return "KY_ROOM_NOT_RENTED";
    }

    public List<Object> arguments() {
      return List.of(tenant.value(), room.value());
    }
  }

  /**
   * The lock has all the keys it may have: two backups per office (KY-2.2), one backup per piece of furniture
   * (KY-3.1), one key per workstation (KY-3.2), one key per public door (KY-4.1).
   */
  record LockKeyCountReached(Lock lock, int allowed, Clause clause) implements KeyRejection {
    public String code() {
      return "KY_LOCK_KEY_COUNT_REACHED";
    }

    public List<Object> arguments() {
      return List.of(lock.category(), lock, allowed);
    }
  }

  /** KY-2.3, KY-3.1: a client's copy is cut from the lock's backup, so a backup must be in the box. */
  record NoBackupInTheBox(Lock lock, Clause clause) implements KeyRejection {
    public String code() {
      return "KY_NO_BACKUP_IN_THE_BOX";
    }

    public List<Object> arguments() {
      return List.of(lock.category(), lock);
    }
  }

  /** KY-2.3, KY-3.1: a backup stays in the box; it leaves only on loan. */
  record BackupStaysInTheBox(KeyId key, Lock lock, Clause clause) implements KeyRejection {
    public String code() {
      return "KY_BACKUP_STAYS_IN_THE_BOX";
    }

    public List<Object> arguments() {
      return List.of(lock.category(), lock);
    }
  }

  /** KY-2.3, KY-3.1: the lock's last backup cannot leave the register while its other keys are out. */
  record BackupStillNeeded(KeyId key, Lock lock, Clause clause) implements KeyRejection {
    public String code() {
      return "KY_BACKUP_STILL_NEEDED";
    }

    public List<Object> arguments() {
      return List.of(lock.category(), lock);
    }
  }

  /** KY-3.2: workstation keys are for the business center's staff. */
  record WorkstationKeyForBusinessCenterStaffOnly(Holder recipient) implements KeyRejection {
    public String code() {
      return "KY_WORKSTATION_KEY_FOR_BUSINESS_CENTER_STAFF_ONLY";
    }

    public Clause clause() {
      return Clause.of("KY-3.2");
    }

    public List<Object> arguments() {
      return List.of(recipient);
    }
  }

  /** KY-3.2: one workstation key per staff member. */
  record AlreadyHoldsAWorkstationKey(Holder recipient) implements KeyRejection {
    public String code() {
      return "KY_ALREADY_HOLDS_A_WORKSTATION_KEY";
    }

    public Clause clause() {
      return Clause.of("KY-3.2");
    }

    public List<Object> arguments() {
      return List.of(recipient);
    }
  }

  /** KY-4.1: a public door's key is held by the customer-service supervisor. */
  record PublicDoorKeyForTheSupervisorOnly(Holder recipient) implements KeyRejection {
    public String code() {
      return "KY_PUBLIC_DOOR_KEY_FOR_THE_SUPERVISOR_ONLY";
    }

    public Clause clause() {
      return Clause.of("KY-4.1");
    }

    public List<Object> arguments() {
      return List.of(recipient);
    }
  }

  /**
   * A workstation key passes from holder to successor, never to the box (KY-3.2); a public door's key stays with the
   * customer-service supervisor (KY-4.1).
   */
  record StaysWithAHolder(KeyCategory category, Clause clause) implements KeyRejection {
    public String code() {
      return "KY_STAYS_WITH_A_HOLDER";
    }

    public List<Object> arguments() {
      return List.of(category);
    }
  }

  /** A key is handed over to someone other than the one who holds it (KY-3.2: to the successor). */
  record AlreadyItsHolder(Holder holder) implements KeyRejection {
    public String code() {
      return "KY_ALREADY_ITS_HOLDER";
    }

    public Clause clause() {
      return Clause.of("KY-3.2");
    }

    public List<Object> arguments() {
      return List.of(holder);
    }
  }
}
