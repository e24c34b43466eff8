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
import io.bizcenter.core.keys.KeyCommand.CutKey;
import io.bizcenter.core.keys.KeyCommand.HandOver;
import io.bizcenter.core.keys.KeyCommand.ImportBackup;
import io.bizcenter.core.keys.KeyCommand.ImportHeldKey;
import io.bizcenter.core.keys.KeyCommand.ImportLostKey;
import io.bizcenter.core.keys.KeyCommand.Issue;
import io.bizcenter.core.keys.KeyCommand.Lend;
import io.bizcenter.core.keys.KeyCommand.OnKey;
import io.bizcenter.core.keys.KeyCommand.Opening;
import io.bizcenter.core.keys.KeyCommand.RecordClientCopy;
import io.bizcenter.core.keys.KeyCommand.RecordUse;
import io.bizcenter.core.keys.KeyCommand.RegisterBackup;
import io.bizcenter.core.keys.KeyCommand.ReportLost;
import io.bizcenter.core.keys.KeyCommand.Retire;
import io.bizcenter.core.keys.KeyCommand.ReturnKey;
import io.bizcenter.core.keys.KeyCommand.ToHolder;
import io.bizcenter.core.keys.KeyCommand.WriteOff;
import io.bizcenter.core.procedure.Decides;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.Opens;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Step;
import io.bizcenter.core.procedure.Who;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Key control (钥匙管理规程), declared once: each key of the business center is a case whose life runs through the box
 * at the desk, its holders' hands, and, at worst, the loss register. Read top to bottom: how keys enter the register,
 * one way per category, then how they move.
 *
 * <p>Rules that span keys (how many master keys exist, whether a tenant rents the room) are guards like any other:
 * they read the register and tenancy inside the command's transaction, after the command path has taken the
 * resources the declaration's holdings name (a lock's keys, a recipient's), so two nodes cannot both cut the last master
 * key the policy allows. Guards of an opening step see the command only.
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
   * The declaration, its guards and charges reading {@code keys} and {@code tenancies} and each center's policy. A
   * command's guards run inside its transaction, so they see the register as the command's own decision will.
   */
  public static ProcedureDefinition<KeyState, KeyAction, Key, KeyCommand> declare(
      Keys keys, Tenancies tenancies, Function<CenterId, KeyPolicy> policies) {
    Register r = new Register(keys, tenancies, policies);
    // every new key in a holder's hands is cut the same way; what it costs the tenant depends on the lock (KY-2.3, KY-3.1)
    Opens<KeyState, Key, CutKey> cut = (c, step) -> Key.cut(c, step, r.copyCharge(c, step));
    return ProcedureDefinition.<KeyState, KeyAction, Key, KeyCommand>declare(NAME, KeyState.class, KeyAction.class)
        // into the box: the locks' own keys, as backups by room number
        .opens(REGISTER_DOOR_BACKUP, RegisterBackup.class, IN_BOX, CONTROLLERS, "KY-2.3", Key::registerBackup, r.backupsWithinPolicy())
        .opens(REGISTER_FURNITURE_BACKUP, RegisterBackup.class, IN_BOX, CONTROLLERS, "KY-3.1", Key::registerBackup, r.backupsWithinPolicy())
        // into a holder's hands, one way per category
        .opens(CUT_MASTER_KEY, CutKey.class, HELD, CONTROLLERS, "KY-1.4", cut, r.newKeysRecipientFits(CutKey::lock), r.masterKeysWithinPolicy())
        .opens(CUT_DOOR_KEY, CutKey.class, HELD, CONTROLLERS, "KY-2.3", cut, r.newKeysRecipientFits(CutKey::lock), r.cutFromABackupInTheBox())
        .opens(CUT_FURNITURE_KEY, CutKey.class, HELD, CONTROLLERS, "KY-3.1", cut, r.newKeysRecipientFits(CutKey::lock), r.cutFromABackupInTheBox())
        .opens(ISSUE_WORKSTATION_KEY, CutKey.class, HELD, CONTROLLERS, "KY-3.2", cut, r.newKeysRecipientFits(CutKey::lock), r.oneKeyPerLock())
        .opens(ISSUE_PUBLIC_DOOR_KEY, CutKey.class, HELD, CONTROLLERS, "KY-4.1", cut, r.newKeysRecipientFits(CutKey::lock), r.oneKeyPerLock())
        .opens(RECORD_CLIENT_COPY, RecordClientCopy.class, HELD, CONTROLLERS, "KY-2.2", Key::recordClientCopy, r.clientMayHoldItsCopy())
        // from the box
        .step(IN_BOX, ISSUE, Issue.class, HELD, CONTROLLERS, "KY-0.1", Key::issue, notABackup(), r.recipientFits())
        .step(IN_BOX, LEND, Lend.class, LENT, DESK, "KY-0.1", Key::lend, r.recipientFits())
        .step(IN_BOX, RETIRE, Retire.class, RETIRED, CONTROLLERS, "KY-0.1", Key::retire, r.lastBackupStaysWhileCopiesAreOut())
        // in a holder's hands
        .step(HELD, RECORD_USE, RecordUse.class, HELD, MASTER_KEY_HOLDERS, "KY-1.2", Key::recordUse, masterKeysOnly())
        .step(HELD, HAND_OVER, HandOver.class, HELD, CONTROLLERS, "KY-0.1", Key::handOver, toSomeoneElse(), r.recipientFits())
        .step(HELD, RETURN, ReturnKey.class, IN_BOX, DESK, "KY-0.1", Key::returnKey, staysWithAHolder())
        .step(HELD, REPORT_LOST, ReportLost.class, LOST, DESK, "KY-0.1", r.reportLost())
        .step(LENT, RETURN, ReturnKey.class, IN_BOX, DESK, "KY-0.1", Key::returnKey)
        .step(LENT, REPORT_LOST, ReportLost.class, LOST, DESK, "KY-0.1", r.reportLost())
        // out of the register
        .step(LOST, WRITE_OFF, WriteOff.class, RETIRED, CONTROLLERS, "KY-0.1", Key::writeOff)
        // the register as it stands when the building comes to the library, checked by the same rules on the imported state
        .opens(IMPORT_BACKUP, ImportBackup.class, IN_BOX, CONTROLLERS, "GS-6", Key::importBackup, r.backupsWithinPolicy())
        .opens(IMPORT_HELD, ImportHeldKey.class, HELD, CONTROLLERS, "GS-6", Key::importHeld, r.newKeysRecipientFits(ImportHeldKey::lock), r.countsHoldOnImport())
        .opens(IMPORT_LOST, ImportLostKey.class, LOST, CONTROLLERS, "GS-6", Key::importLost, r.countsHoldOnImportedLoss())
        // a backup is the door's or the furniture's; a new key in someone's hands is cut or issued by its lock's category
        .chooses(RegisterBackup.class, c -> c.lock().category() == KeyCategory.CLIENT_FURNITURE ? REGISTER_FURNITURE_BACKUP : REGISTER_DOOR_BACKUP)
        .chooses(CutKey.class, c -> switch (c.lock().category()) {
          case MASTER -> CUT_MASTER_KEY;
          case OFFICE_DOOR -> CUT_DOOR_KEY;
          case CLIENT_FURNITURE -> CUT_FURNITURE_KEY;
          case WORKSTATION -> ISSUE_WORKSTATION_KEY;
          case PUBLIC_DOOR -> ISSUE_PUBLIC_DOOR_KEY;
        })
        // a loss is raised to management: whoever recorded it does not write it off (KY-1.3)
        .separate(WRITE_OFF, "KY-1.3", REPORT_LOST)
        .finals(RETIRED)
        // the box and a holder's hands are reached by many rules; the register itself governs them
        .stateClause(IN_BOX, "KY-0.1")
        .stateClause(HELD, "KY-0.1")
        // rules that span keys: what their guards count is held alone while it is counted and the key saved, so two nodes
        // cannot both cut the last master key (KY-1.4), the lock's last key (KY-2.2, KY-3.2, KY-4.1) or give one person
        // two workstation keys (KY-3.2), nor retire a lock's last backup while a copy goes out (KY-3.1)
        .holds("lock", "KY-1.4", Opening.class, c -> List.of(lockResource(c.lock())))
        .holds("recipient", "KY-3.2", ToHolder.class, c -> List.of("keys:holder:" + c.to().reference()))
        // a key of the register that leaves the box, changes hands or leaves the register holds the lock it is read under
        .holds("keyLock", "KY-3.1", Issue.class, r::lockOfTheKey)
        .holds("keyLock", "KY-3.1", Lend.class, r::lockOfTheKey)
        .holds("keyLock", "KY-3.1", HandOver.class, r::lockOfTheKey)
        .holds("keyLock", "KY-3.1", Retire.class, r::lockOfTheKey)
        .build();
  }

  /** KY-2.3, KY-3.1: a backup leaves the box only on loan. */
  private static Guard<Key, KeyCommand> notABackup() {
    return Guard.onCase("a backup stays in the box", "KY-2.3", (key, actor, rule) -> key.origin() == KeyOrigin.BACKUP
        ? Option.some(new KeyRejection.BackupStaysInTheBox(key.id(), key.lock(), clientKeyClause(key.lock(), rule)))
        : Option.none());
  }

  /** KY-1.2: the use log is for master keys. */
  private static Guard<Key, KeyCommand> masterKeysOnly() {
    return Guard.onCase("uses are logged for master keys", (key, actor, rule) -> key.category() == KeyCategory.MASTER
        ? Option.none()
        : Option.some(new KeyRejection.UseLogIsForMasterKeys(key.category(), rule)));
  }

  /** KY-3.2: a key is handed over to a successor, not to the one who has it. */
  private static Guard<Key, HandOver> toSomeoneElse() {
    return Guard.of("handed to someone else", "KY-3.2", (key, handOver, rule) ->
        key.holder().filter(h -> h.reference().equals(handOver.to().reference())).isPresent()
            ? Option.some(new KeyRejection.AlreadyItsHolder(handOver.to(), rule))
            : Option.none());
  }

  /** KY-3.2: a workstation key passes to the successor, never to the box; KY-4.1: a public door's key stays with its supervisor. */
  private static Guard<Key, KeyCommand> staysWithAHolder() {
    return Guard.onCase("workstation and public-door keys stay with a holder", "KY-3.2", (key, actor, rule) -> switch (key.category()) {
      case WORKSTATION -> Option.some(new KeyRejection.StaysWithAHolder(key.category(), rule));
      case PUBLIC_DOOR -> Option.some(new KeyRejection.StaysWithAHolder(key.category(), Clause.of("KY-4.1")));
      case MASTER, OFFICE_DOOR, CLIENT_FURNITURE -> Option.none();
    });
  }

  /** A rule door and furniture keys share names the door's clause for a door and KY-3.1 for furniture. */
  private static Clause clientKeyClause(Lock lock, Clause doorClause) {
    return lock.category() == KeyCategory.CLIENT_FURNITURE ? Clause.of("KY-3.1") : doorClause;
  }

  private static Clause clientKeyClause(Lock lock, String doorClause) {
    return clientKeyClause(lock, Clause.of(doorClause));
  }

  /** What a command that counts a lock's keys holds: the lock, named by everything that tells it from another. */
  private static String lockResource(Lock lock) {
    return "keys:lock:" + lock.category() + "/" + lock.inRoom().map(r -> r.value()).orElse("") + "/"
        + (lock.furniture() == null ? "" : lock.furniture().name()) + "/" + (lock.name() == null ? "" : lock.name());
  }

  /** The guards and charges that read the register, tenancy and the center's policy. */
  private static final class Register {
    private static final String RECIPIENT_FITS = "the recipient may hold a key of this category";

    private final Keys keys;
    private final Tenancies tenancies;
    private final Function<CenterId, KeyPolicy> policies;

    Register(Keys keys, Tenancies tenancies, Function<CenterId, KeyPolicy> policies) {
      this.keys = keys;
      this.tenancies = tenancies;
      this.policies = policies;
    }

    /** KY-2.2: an office's backups up to the policy's count; KY-3.1: one backup per piece of furniture. */
    Guard<Key, Opening> backupsWithinPolicy() {
      return Guard.of("backups within the policy's count", "KY-2.2", (key, opening, rule) -> {
        Lock lock = opening.lock();
        boolean door = lock.category() == KeyCategory.OFFICE_DOOR;
        int allowed = door ? policies.apply(opening.center()).doorKeysPerOffice() : 1;
        long backups = keys.ofLock(opening.center(), lock).stream().filter(k -> k.origin() == KeyOrigin.BACKUP && k.inRegister()).count();
        return backups < allowed
            ? Option.none()
            : Option.some(new KeyRejection.LockKeyCountReached(lock, allowed, clientKeyClause(lock, rule)));
      });
    }

    /** KY-1.4: no master key beyond the policy's count, lost ones included, whoever asks. */
    Guard<Key, KeyCommand> masterKeysWithinPolicy() {
      return Guard.of("master keys within the policy's count", (key, command, rule) -> masterKeysWithinPolicy(command.center(), rule));
    }

    private Option<Rejection.RuleBroken> masterKeysWithinPolicy(CenterId center, Clause rule) {
      int allowed = policies.apply(center).masterKeys();
      return keys.inRegister(center, KeyCategory.MASTER) < allowed
          ? Option.none()
          : Option.some(new KeyRejection.MasterKeyCountReached(allowed, rule));
    }

    /** KY-2.3, KY-3.1: a client's copy is cut from the lock's backup in the box. */
    Guard<Key, Opening> cutFromABackupInTheBox() {
      return Guard.of("cut from a backup in the box", "KY-2.3", (key, opening, rule) -> cutFromABackupInTheBox(opening, rule));
    }

    private Option<Rejection.RuleBroken> cutFromABackupInTheBox(Opening opening, Clause rule) {
      Lock lock = opening.lock();
      boolean backupInBox = keys.ofLock(opening.center(), lock).stream()
          .anyMatch(k -> k.origin() == KeyOrigin.BACKUP && k.state() == KeyState.IN_BOX);
      return backupInBox
          ? Option.none()
          : Option.some(new KeyRejection.NoBackupInTheBox(lock, clientKeyClause(lock, rule)));
    }

    /** KY-3.2: one key per workstation; KY-4.1: one key per public door. */
    Guard<Key, Opening> oneKeyPerLock() {
      return Guard.of("one key per lock", "KY-4.1", (key, opening, rule) -> oneKeyPerLock(opening));
    }

    private Option<Rejection.RuleBroken> oneKeyPerLock(Opening opening) {
      Lock lock = opening.lock();
      boolean taken = keys.ofLock(opening.center(), lock).stream().anyMatch(Key::inRegister);
      Clause clause = Clause.of(lock.category() == KeyCategory.WORKSTATION ? "KY-3.2" : "KY-4.1");
      return taken ? Option.some(new KeyRejection.LockKeyCountReached(lock, 1, clause)) : Option.none();
    }

    /**
     * GS-6: a key imported in someone's hands keeps the register's counts, as if it had been cut: no master key beyond
     * the policy's count, lost ones included (KY-1.4); one key per workstation and public door (KY-3.2, KY-4.1); a
     * client's copy the center cut only with the lock's backup in the box (KY-2.3, KY-3.1). A client's own copy needs
     * no backup.
     */
    Guard<Key, ImportHeldKey> countsHoldOnImport() {
      return countsHoldOnImport(held -> held.origin() == KeyOrigin.CUT);
    }

    /** GS-6: a key imported lost keeps the same counts; a lost door or furniture key needs no backup. */
    Guard<Key, ImportLostKey> countsHoldOnImportedLoss() {
      return countsHoldOnImport(lost -> false);
    }

    private <K extends Opening> Guard<Key, K> countsHoldOnImport(Predicate<K> cutByTheCenter) {
      return Guard.of("the register's counts hold on the imported state", "KY-1.4", (key, imported, rule) ->
          switch (imported.lock().category()) {
            case MASTER -> masterKeysWithinPolicy(imported.center(), rule);
            case WORKSTATION, PUBLIC_DOOR -> oneKeyPerLock(imported);
            case OFFICE_DOOR, CLIENT_FURNITURE -> cutByTheCenter.test(imported) ? cutFromABackupInTheBox(imported, Clause.of("KY-2.3")) : Option.none();
          });
    }

    /** KY-2.3, KY-3.1: the last backup of a lock stays in the register while the lock's other keys are out. */
    Guard<Key, KeyCommand> lastBackupStaysWhileCopiesAreOut() {
      return Guard.onCase("the last backup stays while copies are out", "KY-3.1", (key, actor, rule) -> {
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
     * KY-3.1 furniture keys, KY-3.2 workstation keys, KY-4.1 public-door keys. This one for a key of the register.
     */
    Guard<Key, ToHolder> recipientFits() {
      return Guard.of(RECIPIENT_FITS, "KY-1.1", (key, command, rule) -> mayHold(command.center(), key.lock(), command.to(), key, rule));
    }

    /** {@link #recipientFits()} for a new key, whose lock the command names. */
    <K extends ToHolder> Guard<Key, K> newKeysRecipientFits(Function<K, Lock> lock) {
      return Guard.of(RECIPIENT_FITS, "KY-1.1", (key, command, rule) -> mayHold(command.center(), lock.apply(command), command.to(), null, rule));
    }

    /** {@link #recipientFits()} for a client's own copy, recorded in the tenant's hands (KY-2.1, KY-2.2). */
    Guard<Key, RecordClientCopy> clientMayHoldItsCopy() {
      return Guard.of(RECIPIENT_FITS, "KY-1.1", (key, copy, rule) ->
          mayHold(copy.center(), copy.lock(), Holder.tenant(copy.tenant()), null, rule));
    }

    private Option<Rejection.RuleBroken> mayHold(CenterId center, Lock lock, Holder to, Key moving, Clause rule) {
      return switch (lock.category()) {
        case MASTER -> {
          if (!to.isStaffAs(Department.BUSINESS_CENTER, Role.DEPARTMENT_MANAGER, Role.CUSTOMER_SERVICE_SUPERVISOR, Role.CLEANER)) {
            yield Option.some(new KeyRejection.MasterKeyHolderNotAuthorized(to, rule));
          }
          // the role fits; KY-1.1 also asks that the business center employ them (an outsourced cleaner does not qualify)
          yield to.isCenterStaff() ? Option.none() : Option.some(new KeyRejection.MasterKeyForCenterStaffOnly(to, rule));
        }
        case OFFICE_DOOR, CLIENT_FURNITURE -> to.tenant()
            .map(tenant -> tenantMayHold(center, lock, tenant))
            .orElseGet(() -> Option.some(new KeyRejection.ClientKeyForTenantsOnly(to, clientKeyClause(lock, "KY-2.1"))));
        case WORKSTATION -> {
          Clause workstations = Clause.of("KY-3.2");
          if (!to.isStaffAs(Department.BUSINESS_CENTER) || !to.isCenterStaff()) {
            yield Option.some(new KeyRejection.WorkstationKeyForBusinessCenterStaffOnly(to, workstations));
          }
          boolean holdsOne = keys.heldBy(center, to).stream()
              .anyMatch(k -> k.category() == KeyCategory.WORKSTATION && (moving == null || !k.id().equals(moving.id())));
          yield holdsOne ? Option.some(new KeyRejection.AlreadyHoldsAWorkstationKey(to, workstations)) : Option.none();
        }
        case PUBLIC_DOOR -> to.isStaffAs(Department.BUSINESS_CENTER, Role.CUSTOMER_SERVICE_SUPERVISOR) && to.isCenterStaff()
            ? Option.none()
            : Option.some(new KeyRejection.PublicDoorKeyForTheSupervisorOnly(to, Clause.of("KY-4.1")));
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

    /** The lock of the key a command acts on, as the register has it (none for a key it does not have). */
    List<String> lockOfTheKey(OnKey command) {
      return keys.find(command.center(), command.caseId()).map(key -> lockResource(key.lock())).toJavaList();
    }

    /** A lost key's compensation, at the price the center's policy sets for its category (KY-2.4, KY-3.1). */
    Decides<KeyState, Key, ReportLost> reportLost() {
      return (key, lost, step) -> key.reportLost(lost, step, policies.apply(step.center()));
    }

    /**
     * KY-2.3: every door key copy for a client is charged; KY-3.1: a piece of furniture's first key is the tenant's, each
     * further copy charged like a door key. Other keys cost their holders nothing.
     */
    Optional<KeyCharge> copyCharge(CutKey cut, Step<KeyState> step) {
      KeyPolicy policy = policies.apply(step.center());
      boolean charged = switch (cut.lock().category()) {
        case OFFICE_DOOR -> true;
        case CLIENT_FURNITURE -> keys.ofLock(step.center(), cut.lock()).stream().anyMatch(k -> k.origin() != KeyOrigin.BACKUP && k.inRegister());
        case MASTER, WORKSTATION, PUBLIC_DOOR -> false;
      };
      return cut.to().tenant().filter(t -> charged).map(tenant -> new KeyCharge(ChargeKind.COPY, tenant, policy.copyFee(),
          clientKeyClause(cut.lock(), "KY-2.3"), step.at()));
    }
  }
}
