package io.bizcenter.core.keys;

import static io.bizcenter.core.keys.KeyAction.*;
import static io.bizcenter.core.keys.KeyState.*;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Who;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Key control (钥匙管理规程), declared once: each key of the business center is a case whose life runs through the box
 * at the desk, its holders' hands, and, at worst, the loss register. Read top to bottom: how keys enter the register,
 * one way per category, then how they move.
 *
 * <p>Rules that span keys (how many master keys exist, whether a tenant rents the room) are guards like any other:
 * they read the register and tenancy inside the command's transaction, after the command path has taken the
 * resources {@link KeyRules#exclusiveTo} names, so two nodes cannot both cut the last master key the policy allows.
 * Guards of an opening step see the command only.
 *
 * <p>Decisions where the source is silent, written down here where the code declares them:
 * <ul>
 *   <li>Who: the business center's department manager and customer-service supervisor control the register (they
 *       cut, register, issue, hand over, retire and write off keys); the center's staff at the desk may also lend a key
 *       from the box, take one back and record a loss reported to them (so a lent key's agenda item offers both); a
 *       master key's use is logged by one of the three roles that may hold master keys (often the desk writes the
 *       cleaner's round), and is attributed to the key's holder.
 *   <li>KY-1.1 binds the <em>recipient</em>: whoever is given, lent or handed a master key must be a department manager,
 *       customer-service supervisor or cleaner of the business center, whoever gives it, and employed by the center
 *       itself: the holder names its {@link Employer}, and a contractor's employee (an outsourced cleaner entered as a
 *       business-center cleaner) is refused with {@code KY_MASTER_KEY_FOR_CENTER_STAFF_ONLY}.
 *   <li>KY-3.2 and KY-4.1 speak of the business center's staff and its customer-service supervisor: a contractor holds
 *       neither a workstation key nor a public door's key (their own rejections, under their own clauses).
 *   <li>KY-1.3: a loss is raised to management, so whoever recorded it does not write it off (separation of duties,
 *       read off the key's audit trail); the register's write-off is the same step for every category, and so is the rule.
 *   <li>KY-1.4: the count of master keys includes lost ones, since a lost key may still open every room; a loss is
 *       written off once the locks are changed, and only then may a replacement be cut.
 *   <li>KY-2.2 and KY-2.3 read together (the Chinese: the two keys an office comes with are kept in the desk box by
 *       room number as backups, the client holds copies, each copy cut is charged): an office's backups are
 *       registered into the box, at most the policy's count (two); every key a client holds is a copy the center
 *       cut from a backup in the box, and is charged; a backup leaves the box only on loan.
 *   <li>KY-3.1: a piece of furniture has one backup in the box; the tenant's first key to a piece is free, every
 *       further copy of it is charged like a door key copy.
 *   <li>Door and furniture keys go only to the tenant renting the room, from its key handover until it moves out
 *       (KY-2.1, KY-3.1); staff enter a client's room with a master key only, for the purposes of KY-1.2.
 *   <li>KY-2.4, MO-3.3: at move-out each key the client still holds ({@link KeyDesk#stillHeldBy}) is returned into the
 *       box (a returned copy can later be issued to the room's next tenant, uncharged since nothing is cut) or
 *       recorded lost, which charges the compensation of its category. A lost key stays lost: it was out of control.
 *   <li>KY-3.2: one workstation key per workstation and per staff member, held by business-center staff; it passes
 *       to the successor and never goes to the box. KY-4.1: a public door's one key is held by a customer-service
 *       supervisor of the business center and passes only to another.
 *   <li>Steps that move a key of any category are audited under KY-0.1 (the register); the rule a category adds is
 *       named by its guard's rejection, by the charge (KY-2.3, KY-2.4, KY-3.1) or by the notice (KY-1.3).
 *   <li>GS-6: a building's register is imported key by key as it stands (in the box, in a holder's hands, lost) by the
 *       register's controllers, each key under the rules that would have let it get there: a backup within the office's
 *       count (KY-2.2), a holder who may hold its category (KY-1.1, KY-2.1, KY-3.1, KY-3.2, KY-4.1, so a tenant's key
 *       needs its tenancy imported first), the master-key count with lost keys (KY-1.4), one key per workstation and public
 *       door, and a client's copy cut from a backup in the box (so backups come before copies). A key on loan is imported
 *       in the box and lent again; an imported copy carries no charge (it was charged before the import).
 *   <li>Only a lent key owes something on the agenda: its return, within the policy's lending time (GS-7).
 * </ul>
 */
public final class KeyProcedure {
  /** The name of the procedure in receipts, the audit trail and the agenda. */
  public static final String NAME = "keys";

  /** Who keeps the register: the business center's department manager and customer-service supervisor. */
  static final Who CONTROLLERS = Who.anyOf(
      Seat.of(Department.BUSINESS_CENTER, Role.DEPARTMENT_MANAGER), Seat.of(Department.BUSINESS_CENTER, Role.CUSTOMER_SERVICE_SUPERVISOR));
  /** The desk: the controllers and the center's staff, who lend keys from the box, take them back and record losses. */
  static final Who DESK = Who.anyOf(
      Seat.of(Department.BUSINESS_CENTER, Role.DEPARTMENT_MANAGER), Seat.of(Department.BUSINESS_CENTER, Role.CUSTOMER_SERVICE_SUPERVISOR),
      Seat.of(Department.BUSINESS_CENTER, Role.BUSINESS_CENTER_STAFF));
  /** KY-1.1: the three roles that may hold a master key, and so log its use. */
  static final Who MASTER_KEY_HOLDERS = Who.anyOf(
      Seat.of(Department.BUSINESS_CENTER, Role.DEPARTMENT_MANAGER), Seat.of(Department.BUSINESS_CENTER, Role.CUSTOMER_SERVICE_SUPERVISOR),
      Seat.of(Department.BUSINESS_CENTER, Role.CLEANER));

  private KeyProcedure() {}

  /**
   * The declaration, its guards reading {@code keys} and {@code tenancies} and each center's policy. A command's guards
   * run inside its transaction, so they see the register as the command's own decision will.
   */
  public static ProcedureDefinition<KeyState, KeyAction, Key, KeyCommand> declare(
      Keys keys, Tenancies tenancies, Function<CenterId, KeyPolicy> policies) {
    Register r = new Register(keys, tenancies, policies);
    return ProcedureDefinition.<KeyState, KeyAction, Key, KeyCommand>declare(NAME, KeyState.class, KeyAction.class)
        // into the box: the locks' own keys, as backups by room number
        .opens(REGISTER_DOOR_BACKUP, IN_BOX, CONTROLLERS, "KY-2.3", r.backupsWithinPolicy())
        .opens(REGISTER_FURNITURE_BACKUP, IN_BOX, CONTROLLERS, "KY-3.1", r.backupsWithinPolicy())
        // into a holder's hands, one way per category
        .opens(CUT_MASTER_KEY, HELD, CONTROLLERS, "KY-1.4", r.recipientFits(), r.masterKeysWithinPolicy())
        .opens(CUT_DOOR_KEY, HELD, CONTROLLERS, "KY-2.3", r.recipientFits(), r.cutFromABackupInTheBox())
        .opens(CUT_FURNITURE_KEY, HELD, CONTROLLERS, "KY-3.1", r.recipientFits(), r.cutFromABackupInTheBox())
        .opens(ISSUE_WORKSTATION_KEY, HELD, CONTROLLERS, "KY-3.2", r.recipientFits(), r.oneKeyPerLock())
        .opens(ISSUE_PUBLIC_DOOR_KEY, HELD, CONTROLLERS, "KY-4.1", r.recipientFits(), r.oneKeyPerLock())
        .opens(RECORD_CLIENT_COPY, HELD, CONTROLLERS, "KY-2.2", r.recipientFits())
        // from the box
        .step(IN_BOX, ISSUE, HELD, CONTROLLERS, "KY-0.1", notABackup(), r.recipientFits())
        .step(IN_BOX, LEND, LENT, DESK, "KY-0.1", r.recipientFits())
        .step(IN_BOX, RETIRE, RETIRED, CONTROLLERS, "KY-0.1", r.lastBackupStaysWhileCopiesAreOut())
        // in a holder's hands
        .step(HELD, RECORD_USE, HELD, MASTER_KEY_HOLDERS, "KY-1.2", masterKeysOnly())
        .step(HELD, HAND_OVER, HELD, CONTROLLERS, "KY-0.1", toSomeoneElse(), r.recipientFits())
        .step(HELD, RETURN, IN_BOX, DESK, "KY-0.1", staysWithAHolder())
        .step(HELD, REPORT_LOST, LOST, DESK, "KY-0.1")
        .step(LENT, RETURN, IN_BOX, DESK, "KY-0.1")
        .step(LENT, REPORT_LOST, LOST, DESK, "KY-0.1")
        // out of the register
        .step(LOST, WRITE_OFF, RETIRED, CONTROLLERS, "KY-0.1")
        // the register as it stands when the building comes to the library, checked by the same rules on the imported state
        .opens(IMPORT_BACKUP, IN_BOX, CONTROLLERS, "GS-6", r.backupsWithinPolicy())
        .opens(IMPORT_HELD, HELD, CONTROLLERS, "GS-6", r.recipientFits(), r.countsHoldOnImport())
        .opens(IMPORT_LOST, LOST, CONTROLLERS, "GS-6", r.countsHoldOnImport())
        // a loss is raised to management: whoever recorded it does not write it off (KY-1.3)
        .separate(WRITE_OFF, "KY-1.3", REPORT_LOST)
        .finals(RETIRED)
        // the box and a holder's hands are reached by many rules; the register itself governs them
        .stateClause(IN_BOX, "KY-0.1")
        .stateClause(HELD, "KY-0.1")
        .build();
  }

  /** KY-2.3, KY-3.1: a backup leaves the box only on loan. */
  private static Guard<Key, KeyCommand> notABackup() {
    return Guard.onCase("a backup stays in the box", "KY-2.3", (key, actor) -> key.origin() == KeyOrigin.BACKUP
        ? Option.some(new KeyRejection.BackupStaysInTheBox(key.id(), key.lock(), clientKeyClause(key.lock(), "KY-2.3")))
        : Option.none());
  }

  /** KY-1.2: the use log is for master keys. */
  private static Guard<Key, KeyCommand> masterKeysOnly() {
    return Guard.onCase("uses are logged for master keys", "KY-1.2", (key, actor) -> key.category() == KeyCategory.MASTER
        ? Option.none()
        : Option.some(new KeyRejection.UseLogIsForMasterKeys(key.category())));
  }

  /** KY-3.2: a key is handed over to a successor, not to the one who has it. */
  private static Guard<Key, KeyCommand> toSomeoneElse() {
    return Guard.of("handed to someone else", "KY-3.2", (key, command) -> {
      Holder to = ((KeyCommand.HandOver) command).to();
      return key.holder().filter(h -> h.reference().equals(to.reference())).isPresent()
          ? Option.some(new KeyRejection.AlreadyItsHolder(to))
          : Option.none();
    });
  }

  /** KY-3.2: a workstation key passes to the successor, never to the box; KY-4.1: a public door's key stays with its supervisor. */
  private static Guard<Key, KeyCommand> staysWithAHolder() {
    return Guard.onCase("workstation and public-door keys stay with a holder", "KY-3.2", (key, actor) -> switch (key.category()) {
      case WORKSTATION -> Option.some(new KeyRejection.StaysWithAHolder(key.category(), Clause.of("KY-3.2")));
      case PUBLIC_DOOR -> Option.some(new KeyRejection.StaysWithAHolder(key.category(), Clause.of("KY-4.1")));
      case MASTER, OFFICE_DOOR, CLIENT_FURNITURE -> Option.none();
    });
  }

  /** A rule door and furniture keys share names the door clause for a door and KY-3.1 for furniture. */
  static Clause clientKeyClause(Lock lock, String doorClause) {
    return Clause.of(lock.category() == KeyCategory.CLIENT_FURNITURE ? "KY-3.1" : doorClause);
  }

  /** The guards that read the register, tenancy and the center's policy. */
  private static final class Register {
    private final Keys keys;
    private final Tenancies tenancies;
    private final Function<CenterId, KeyPolicy> policies;

    Register(Keys keys, Tenancies tenancies, Function<CenterId, KeyPolicy> policies) {
      this.keys = keys;
      this.tenancies = tenancies;
      this.policies = policies;
    }

    /** The lock a command is about: the new key's, or the key's own. */
    private static Lock lockOf(Key key, KeyCommand command) {
      return key != null ? key.lock() : ((KeyCommand.Opening) command).lock();
    }

    /** KY-2.2: an office's backups up to the policy's count; KY-3.1: one backup per piece of furniture. */
    Guard<Key, KeyCommand> backupsWithinPolicy() {
      return Guard.of("backups within the policy's count", "KY-2.2", (key, command) -> {
        Lock lock = lockOf(key, command);
        boolean door = lock.category() == KeyCategory.OFFICE_DOOR;
        int allowed = door ? policies.apply(command.center()).doorKeysPerOffice() : 1;
        long backups = keys.ofLock(command.center(), lock).stream().filter(k -> k.origin() == KeyOrigin.BACKUP && k.inRegister()).count();
        return backups < allowed
            ? Option.none()
            : Option.some(new KeyRejection.LockKeyCountReached(lock, allowed, clientKeyClause(lock, "KY-2.2")));
      });
    }

    /** KY-1.4: no master key beyond the policy's count, lost ones included, whoever asks. */
    Guard<Key, KeyCommand> masterKeysWithinPolicy() {
      return Guard.of("master keys within the policy's count", "KY-1.4", (key, command) -> {
        int allowed = policies.apply(command.center()).masterKeys();
        return keys.inRegister(command.center(), KeyCategory.MASTER) < allowed
            ? Option.none()
            : Option.some(new KeyRejection.MasterKeyCountReached(allowed));
      });
    }

    /** KY-2.3, KY-3.1: a client's copy is cut from the lock's backup in the box. */
    Guard<Key, KeyCommand> cutFromABackupInTheBox() {
      return Guard.of("cut from a backup in the box", "KY-2.3", (key, command) -> {
        Lock lock = lockOf(key, command);
        boolean backupInBox = keys.ofLock(command.center(), lock).stream()
            .anyMatch(k -> k.origin() == KeyOrigin.BACKUP && k.state() == KeyState.IN_BOX);
        return backupInBox
            ? Option.none()
            : Option.some(new KeyRejection.NoBackupInTheBox(lock, clientKeyClause(lock, "KY-2.3")));
      });
    }

    /** KY-3.2: one key per workstation; KY-4.1: one key per public door. */
    Guard<Key, KeyCommand> oneKeyPerLock() {
      return Guard.of("one key per lock", "KY-4.1", (key, command) -> {
        Lock lock = lockOf(key, command);
        boolean taken = keys.ofLock(command.center(), lock).stream().anyMatch(Key::inRegister);
        Clause clause = Clause.of(lock.category() == KeyCategory.WORKSTATION ? "KY-3.2" : "KY-4.1");
        return taken ? Option.some(new KeyRejection.LockKeyCountReached(lock, 1, clause)) : Option.none();
      });
    }

    /**
     * GS-6: a key imported in someone's hands or lost keeps the register's counts, as if it had been cut: no master key
     * beyond the policy's count, lost ones included (KY-1.4); one key per workstation and public door (KY-3.2, KY-4.1);
     * a client's copy the center cut only with the lock's backup in the box (KY-2.3, KY-3.1). A client's own copy and a
     * lost door or furniture key need no backup.
     */
    Guard<Key, KeyCommand> countsHoldOnImport() {
      Guard<Key, KeyCommand> master = masterKeysWithinPolicy();
      Guard<Key, KeyCommand> one = oneKeyPerLock();
      Guard<Key, KeyCommand> fromBackup = cutFromABackupInTheBox();
      return Guard.of("the register's counts hold on the imported state", "KY-1.4", (key, command) -> {
        Lock lock = lockOf(key, command);
        boolean cutByTheCenter = command instanceof KeyCommand.ImportHeldKey held && held.origin() == KeyOrigin.CUT;
        return switch (lock.category()) {
          case MASTER -> master.check(key, command, null);
          case WORKSTATION, PUBLIC_DOOR -> one.check(key, command, null);
          case OFFICE_DOOR, CLIENT_FURNITURE -> cutByTheCenter ? fromBackup.check(key, command, null) : Option.none();
        };
      });
    }

    /** KY-2.3, KY-3.1: the last backup of a lock stays in the register while the lock's other keys are out. */
    Guard<Key, KeyCommand> lastBackupStaysWhileCopiesAreOut() {
      return Guard.onCase("the last backup stays while copies are out", "KY-3.1", (key, actor) -> {
        if (key.origin() != KeyOrigin.BACKUP) {
          return Option.none();
        }
        List<Key> ofLock = keys.ofLock(key.center(), key.lock());
        boolean otherBackup = ofLock.stream().anyMatch(k -> !k.id().equals(key.id()) && k.origin() == KeyOrigin.BACKUP
            && (k.state() == KeyState.IN_BOX || k.state() == KeyState.LENT));
        boolean copiesOut = ofLock.stream().anyMatch(k -> k.origin() != KeyOrigin.BACKUP && k.isOut());
        return !otherBackup && copiesOut
            ? Option.some(new KeyRejection.BackupStillNeeded(key.id(), key.lock(), clientKeyClause(key.lock(), "KY-2.3")))
            : Option.none();
      });
    }

    /**
     * Whoever receives a key must be allowed to hold a key of its category: KY-1.1 master keys, KY-2.1 door keys,
     * KY-3.1 furniture keys, KY-3.2 workstation keys, KY-4.1 public-door keys.
     */
    Guard<Key, KeyCommand> recipientFits() {
      return Guard.of("the recipient may hold a key of this category", "KY-1.1", (key, command) -> {
        Lock lock = lockOf(key, command);
        Holder to = command instanceof KeyCommand.RecordClientCopy copy ? Holder.tenant(copy.tenant()) : ((KeyCommand.ToHolder) command).to();
        return mayHold(command.center(), lock, to, key);
      });
    }

    private Option<Rejection.RuleBroken> mayHold(CenterId center, Lock lock, Holder to, Key moving) {
      return switch (lock.category()) {
        case MASTER -> {
          if (!to.isStaffAs(Department.BUSINESS_CENTER, Role.DEPARTMENT_MANAGER, Role.CUSTOMER_SERVICE_SUPERVISOR, Role.CLEANER)) {
            yield Option.some(new KeyRejection.MasterKeyHolderNotAuthorized(to));
          }
          // the role fits; KY-1.1 also asks that the business center employ them (an outsourced cleaner does not qualify)
          yield to.isCenterStaff() ? Option.none() : Option.some(new KeyRejection.MasterKeyForCenterStaffOnly(to));
        }
        case OFFICE_DOOR, CLIENT_FURNITURE -> to.tenant()
            .map(tenant -> tenantMayHold(center, lock, tenant))
            .orElseGet(() -> Option.some(new KeyRejection.ClientKeyForTenantsOnly(to, clientKeyClause(lock, "KY-2.1"))));
        case WORKSTATION -> {
          if (!to.isStaffAs(Department.BUSINESS_CENTER) || !to.isCenterStaff()) {
            yield Option.some(new KeyRejection.WorkstationKeyForBusinessCenterStaffOnly(to));
          }
          boolean holdsOne = keys.heldBy(center, to).stream()
              .anyMatch(k -> k.category() == KeyCategory.WORKSTATION && (moving == null || !k.id().equals(moving.id())));
          yield holdsOne ? Option.some(new KeyRejection.AlreadyHoldsAWorkstationKey(to)) : Option.none();
        }
        case PUBLIC_DOOR -> to.isStaffAs(Department.BUSINESS_CENTER, Role.CUSTOMER_SERVICE_SUPERVISOR) && to.isCenterStaff()
            ? Option.none()
            : Option.some(new KeyRejection.PublicDoorKeyForTheSupervisorOnly(to));
      };
    }

    /** KY-2.1, KY-3.1: from the key handover until move-out, and only to the rooms the tenant rents. */
    private Option<Rejection.RuleBroken> tenantMayHold(CenterId center, Lock lock, TenantId tenant) {
      Occupant occupant = Objects.requireNonNullElse(tenancies.occupant(center, tenant), Occupant.UNKNOWN);
      if (occupant.movedOut()) {
        return Option.some(new KeyRejection.TenantMovedOut(tenant, clientKeyClause(lock, "KY-2.4")));
      }
      if (!occupant.keyHandoverReached()) {
        return Option.some(new KeyRejection.KeyHandoverNotReached(tenant, clientKeyClause(lock, "KY-2.1")));
      }
      if (!occupant.rooms().contains(lock.room())) {
        return Option.some(new KeyRejection.RoomNotRented(tenant, lock.room(), clientKeyClause(lock, "KY-2.1")));
      }
      return Option.none();
    }
  }
}
