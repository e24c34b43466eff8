package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.ImportSource;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import java.time.Instant;
import java.util.Optional;

/** What happened to a key, in the past tense; the audit trail holds them with who, when and the clause (GS-6). */
public sealed interface KeyEvent extends DomainEvent {
  /** KY-2.3, KY-3.1: the lock's own key went into the box as its backup. */
  record BackupRegistered(Lock lock) implements KeyEvent {}

  /** A new key went to its holder; a copy for a client carries its charge (KY-2.3, KY-3.1). */
  record KeyCut(Lock lock, Holder holder, Optional<KeyCharge> charge) implements KeyEvent {}

  /** KY-2.2: the client's own copy was found; damage it does is the client's liability. */
  record ClientCopyRecorded(Lock lock, TenantId liableTenant, String note) implements KeyEvent {}

  /** A key from the box went to its holder to keep, such as a returned copy for the room's next tenant (KY-0.1). */
  record KeyIssued(Holder holder) implements KeyEvent {}

  /** A key from the box went out on loan, due back within the policy's lending time (KY-0.1). */
  record KeyLent(Holder borrower) implements KeyEvent {}

  /** A key held or lent came back into the box; at move-out, every key the client holds (KY-2.4, KY-3.1). */
  record KeyReturned(Holder from) implements KeyEvent {}

  /** A held key passed to another holder, as a leaving staff member's workstation key to the successor (KY-3.2). */
  record KeyHandedOver(Holder from, Holder to) implements KeyEvent {}

  /** KY-1.2: the master-key log: who used it, why, which room, when. */
  record MasterKeyUsed(Holder by, MasterKeyPurpose purpose, RoomId room, Instant at) implements KeyEvent {}

  /** KY-1.3, KY-2.4, KY-3.1: lost, by whom; a client's key carries the compensation it owes. */
  record KeyLost(Holder holder, Optional<KeyCharge> compensation, Optional<String> note) implements KeyEvent {}

  /** A key in the box was taken out of the register, worn out or its lock changed, for the reason given (KY-0.1). */
  record KeyRetired(String reason) implements KeyEvent {}

  /** A lost key was written off, its lock changed and its compensation settled, and no longer counts (KY-1.4). */
  record KeyWrittenOff(String reason) implements KeyEvent {}

  /**
   * GS-6: a key was imported from the building's register as it stands: in the box, in its holder's hands, or lost by
   * whoever had it; {@code source} names the batch, the row and what it was read from.
   */
  record KeyImported(Lock lock, KeyOrigin origin, KeyState state, Optional<Holder> holder, ImportSource source) implements KeyEvent {}
}
