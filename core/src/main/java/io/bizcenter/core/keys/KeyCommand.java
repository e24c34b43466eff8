package io.bizcenter.core.keys;

import static io.bizcenter.core.kernel.Field.line;
import static io.bizcenter.core.kernel.Field.present;
import static io.bizcenter.core.kernel.Field.text;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Field;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.ImportSource;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The commands of key control, in the imperative. Each checks its own fields, every error collected (GS-1); which step
 * it triggers is declared once, in {@link KeyProcedure}. A command that brings a new key into the register names its
 * {@link Lock}; the others name the key.
 */
public sealed interface KeyCommand extends Command {
  int ID = 64;
  int ROOM = 32;
  int NAME = 64;
  int NOTE = 500;

  /** Every field error of the command, or the command itself. */
  Validation<Seq<FieldError>, KeyCommand> check();

  /** A command that brings a new key into the register. */
  sealed interface Opening extends KeyCommand {
    Lock lock();
  }

  /** A command on a key of the register. */
  sealed interface OnKey extends KeyCommand, Command.OnCase {
    KeyId keyId();

    default String caseId() {
      return keyId() == null ? null : keyId().value();
    }
  }

  /** A command that puts a key into someone's hands. */
  sealed interface ToHolder extends KeyCommand {
    Holder to();
  }

  /**
   * KY-2.3 / KY-3.1: an office's own door key, or a piece of furniture's own key, goes into the desk key box as the
   * lock's backup, filed by room number.
   */
  record RegisterBackup(CommandId commandId, CenterId center, Lock lock) implements Opening {
    public Validation<Seq<FieldError>, KeyCommand> check() {
      List<Validation<FieldError, ?>> checks = new ArrayList<>(lockChecks(lock));
      if (lock != null && lock.category() != null && !lock.opensAClientsRoom()) {
        // only a client room's locks have backups in the box; the other keys are always with their holder
        checks.add(Validation.invalid(FieldError.of("lock.category", FieldError.Problem.NOT_ALLOWED)));
      }
      return KeyCommand.all(this, checks);
    }
  }

  /**
   * A new key enters the register in its holder's hands: a master key cut for one of the three roles (KY-1.1, KY-1.4),
   * a door key copy cut for the tenant (KY-2.2, KY-2.3), a tenant's furniture key (KY-3.1), a staff member's
   * workstation key (KY-3.2) or a public door's one key for the customer-service supervisor (KY-4.1).
   */
  record CutKey(CommandId commandId, CenterId center, Lock lock, Holder to) implements Opening, ToHolder {
    public Validation<Seq<FieldError>, KeyCommand> check() {
      List<Validation<FieldError, ?>> checks = new ArrayList<>(lockChecks(lock));
      checks.addAll(holderChecks("to", to));
      return KeyCommand.all(this, checks);
    }
  }

  /**
   * KY-2.2: a door key the client had copied itself was found; it is recorded in the client's hands, and any damage it
   * does to the lock is the client's liability.
   */
  record RecordClientCopy(CommandId commandId, CenterId center, Lock lock, TenantId tenant, String note) implements Opening {
    public Validation<Seq<FieldError>, KeyCommand> check() {
      List<Validation<FieldError, ?>> checks = new ArrayList<>(lockChecks(lock));
      if (lock != null && lock.category() != null && lock.category() != KeyCategory.OFFICE_DOOR) {
        checks.add(Validation.invalid(FieldError.of("lock.category", FieldError.Problem.NOT_ALLOWED)));
      }
      checks.add(present("tenant", tenant).flatMap(t -> line("tenant", t.value(), ID)));
      checks.add(text("note", note, NOTE));
      return KeyCommand.all(this, checks);
    }
  }

  /** A key from the box into a holder's hands, to keep (a returned copy for the room's next tenant, a master key). */
  record Issue(CommandId commandId, CenterId center, KeyId keyId, Holder to) implements OnKey, ToHolder {
    public Validation<Seq<FieldError>, KeyCommand> check() {
      return on(this, holderChecks("to", to));
    }
  }

  /** A key from the box on loan, due back (a backup lent to the tenant who left its own keys inside). */
  record Lend(CommandId commandId, CenterId center, KeyId keyId, Holder to) implements OnKey, ToHolder {
    public Validation<Seq<FieldError>, KeyCommand> check() {
      return on(this, holderChecks("to", to));
    }
  }

  /** A key held or lent comes back into the box (KY-2.4 at move-out: every door key the client holds). */
  record ReturnKey(CommandId commandId, CenterId center, KeyId keyId) implements OnKey {
    public Validation<Seq<FieldError>, KeyCommand> check() {
      return on(this, List.of());
    }
  }

  /** A held key passes from its holder to another (KY-3.2: a leaving staff member's workstation key to the successor). */
  record HandOver(CommandId commandId, CenterId center, KeyId keyId, Holder to) implements OnKey, ToHolder {
    public Validation<Seq<FieldError>, KeyCommand> check() {
      return on(this, holderChecks("to", to));
    }
  }

  /** KY-1.2: one use of a master key, with its purpose and the room it opened; the time is the clock's. */
  record RecordUse(CommandId commandId, CenterId center, KeyId keyId, MasterKeyPurpose purpose, RoomId room) implements OnKey {
    public Validation<Seq<FieldError>, KeyCommand> check() {
      return on(this, List.of(present("purpose", purpose), roomCheck("room", room)));
    }
  }

  /** KY-1.3, KY-2.4, KY-3.1: a key held or lent is lost, or was not brought back at move-out; how, if known. */
  record ReportLost(CommandId commandId, CenterId center, KeyId keyId, String note) implements OnKey {
    public Optional<String> circumstances() {
      return Optional.ofNullable(note);
    }

    public Validation<Seq<FieldError>, KeyCommand> check() {
      return on(this, note == null ? List.of() : List.of(text("note", note, NOTE)));
    }
  }

  /** A key in the box is taken out of the register (worn out, or the lock was changed). */
  record Retire(CommandId commandId, CenterId center, KeyId keyId, String reason) implements OnKey {
    public Validation<Seq<FieldError>, KeyCommand> check() {
      return on(this, List.of(text("reason", reason, NOTE)));
    }
  }

  /** A lost key is written off (its lock changed, its compensation settled): it no longer counts (KY-1.4). */
  record WriteOff(CommandId commandId, CenterId center, KeyId keyId, String reason) implements OnKey {
    public Validation<Seq<FieldError>, KeyCommand> check() {
      return on(this, List.of(text("reason", reason, NOTE)));
    }
  }

  /**
   * GS-6: a lock's backup that is in the desk key box when the building comes to the library (KY-2.3, KY-3.1), imported
   * under the same count as a backup registered (KY-2.2).
   */
  record ImportBackup(CommandId commandId, CenterId center, Lock lock, ImportSource source) implements Opening {
    public Validation<Seq<FieldError>, KeyCommand> check() {
      List<Validation<FieldError, ?>> checks = new ArrayList<>(lockChecks(lock));
      if (lock != null && lock.category() != null && !lock.opensAClientsRoom()) {
        checks.add(Validation.invalid(FieldError.of("lock.category", FieldError.Problem.NOT_ALLOWED)));
      }
      checks.addAll(ImportSource.checks("source", source));
      return KeyCommand.all(this, checks);
    }
  }

  /**
   * GS-6: a key in its holder's hands when the building comes to the library: a copy the center cut or handed out, or a
   * client's own door key copy (KY-2.2). The holder is checked as a recipient is (KY-1.1, KY-2.1, KY-3.1, KY-3.2, KY-4.1),
   * and the register's counts hold on the imported state (KY-1.4, KY-2.3, KY-3.2, KY-4.1). A backup is never held: it
   * leaves the box only on loan.
   */
  record ImportHeldKey(CommandId commandId, CenterId center, Lock lock, KeyOrigin origin, Holder to, ImportSource source)
      implements Opening, ToHolder {
    public Validation<Seq<FieldError>, KeyCommand> check() {
      List<Validation<FieldError, ?>> checks = new ArrayList<>(lockChecks(lock));
      checks.add(present("origin", origin).flatMap(o -> o == KeyOrigin.BACKUP
          || (o == KeyOrigin.CLIENT_MADE && lock != null && lock.category() != KeyCategory.OFFICE_DOOR)
          ? Validation.invalid(FieldError.of("origin", FieldError.Problem.NOT_ALLOWED))
          : Validation.valid(o)));
      checks.addAll(holderChecks("to", to));
      if (origin == KeyOrigin.CLIENT_MADE && to != null && to.kind() != HolderKind.TENANT) {
        checks.add(Validation.invalid(FieldError.of("to.kind", FieldError.Problem.NOT_ALLOWED)));
      }
      checks.addAll(ImportSource.checks("source", source));
      return KeyCommand.all(this, checks);
    }
  }

  /**
   * GS-6: a key recorded lost when the building comes to the library, with who had it (KY-1.3, KY-2.4). A lost master key
   * still counts against the policy's number of master keys (KY-1.4).
   */
  record ImportLostKey(CommandId commandId, CenterId center, Lock lock, Holder lostBy, ImportSource source) implements Opening {
    public Validation<Seq<FieldError>, KeyCommand> check() {
      List<Validation<FieldError, ?>> checks = new ArrayList<>(lockChecks(lock));
      checks.addAll(holderChecks("lostBy", lostBy));
      checks.addAll(ImportSource.checks("source", source));
      return KeyCommand.all(this, checks);
    }
  }

  /** The fields a lock's category uses are filled in, the others empty (KY-0.1). */
  private static List<Validation<FieldError, ?>> lockChecks(Lock lock) {
    if (lock == null) {
      return List.of(present("lock", null));
    }
    if (lock.category() == null) {
      return List.of(present("lock.category", null));
    }
    boolean hasRoom = lock.opensAClientsRoom();
    boolean hasFurniture = lock.category() == KeyCategory.CLIENT_FURNITURE;
    boolean hasName = lock.category() != KeyCategory.MASTER && lock.category() != KeyCategory.OFFICE_DOOR;
    List<Validation<FieldError, ?>> checks = new ArrayList<>();
    checks.add(hasRoom ? roomCheck("lock.room", lock.room()) : absent("lock.room", lock.room()));
    checks.add(hasFurniture ? present("lock.furniture", lock.furniture()) : absent("lock.furniture", lock.furniture()));
    checks.add(hasName ? line("lock.name", lock.name(), NAME) : absent("lock.name", lock.name()));
    return checks;
  }

  /** A tenant by its id; a member of staff by staff id, role, department and employer (KY-1.1). */
  private static List<Validation<FieldError, ?>> holderChecks(String field, Holder holder) {
    if (holder == null) {
      return List.of(present(field, null));
    }
    List<Validation<FieldError, ?>> checks = new ArrayList<>();
    checks.add(present(field + ".kind", holder.kind()));
    checks.add(line(field + ".id", holder.id(), ID));
    boolean staff = holder.kind() == HolderKind.STAFF;
    checks.add(staff ? present(field + ".role", holder.role()) : absent(field + ".role", holder.role()));
    checks.add(staff ? present(field + ".department", holder.department()) : absent(field + ".department", holder.department()));
    checks.add(staff ? present(field + ".employer", holder.employer()) : absent(field + ".employer", holder.employer()));
    return checks;
  }

  private static Validation<FieldError, ?> roomCheck(String field, RoomId room) {
    return present(field, room).flatMap(r -> line(field, r.value(), ROOM));
  }

  private static Validation<FieldError, ?> absent(String field, Object value) {
    return value == null ? Validation.valid("") : Validation.invalid(FieldError.of(field, FieldError.Problem.NOT_ALLOWED));
  }

  private static Validation<Seq<FieldError>, KeyCommand> on(OnKey c, List<Validation<FieldError, ?>> fields) {
    List<Validation<FieldError, ?>> checks = new ArrayList<>();
    checks.add(present("keyId", c.keyId()).flatMap(id -> line("keyId", id.value(), ID)));
    checks.addAll(fields);
    return all(c, checks);
  }

  @SuppressWarnings("unchecked")
  private static Validation<Seq<FieldError>, KeyCommand> all(KeyCommand c, List<Validation<FieldError, ?>> checks) {
    return Field.all(c, checks.toArray(Validation[]::new));
  }
}
