package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.KeyCommand.HandOver;
import io.bizcenter.core.keys.KeyCommand.Issue;
import io.bizcenter.core.keys.KeyCommand.Lend;
import io.bizcenter.core.keys.KeyCommand.RecordUse;
import io.bizcenter.core.keys.KeyCommand.ReportLost;
import io.bizcenter.core.keys.KeyCommand.Retire;
import io.bizcenter.core.keys.KeyCommand.ReturnKey;
import io.bizcenter.core.keys.KeyCommand.WriteOff;
import io.bizcenter.core.keys.KeyEvent.BackupRegistered;
import io.bizcenter.core.keys.KeyEvent.ClientCopyRecorded;
import io.bizcenter.core.keys.KeyEvent.KeyCut;
import io.bizcenter.core.keys.KeyEvent.KeyHandedOver;
import io.bizcenter.core.keys.KeyEvent.KeyImported;
import io.bizcenter.core.keys.KeyEvent.KeyIssued;
import io.bizcenter.core.keys.KeyEvent.KeyLent;
import io.bizcenter.core.keys.KeyEvent.KeyLost;
import io.bizcenter.core.keys.KeyEvent.KeyRetired;
import io.bizcenter.core.keys.KeyEvent.KeyReturned;
import io.bizcenter.core.keys.KeyEvent.KeyWrittenOff;
import io.bizcenter.core.keys.KeyEvent.MasterKeyUsed;
import io.bizcenter.core.procedure.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One key of the register and everything recorded about it. Immutable: every decision answers a new key and the
 * events that led to it. Where the key is follows from its state: in the box (filed under its lock's room), with its
 * {@link #holder()} (held or lent), lost (by {@link #lostBy()}), or retired. Which step may come next is decided by
 * {@link KeyProcedure}; this class only records what each allowed step does.
 */
@Value.Immutable
public abstract class Key implements Case<KeyState, Key> {
  @Override
  public abstract KeyId id();

  @Override
  public abstract CenterId center();

  @Override
  public abstract long version();

  @Override
  public abstract KeyState state();

  @Override
  public abstract Instant stateEnteredAt();

  @Override
  public abstract PolicyVersion policy();

  /** What the key opens (KY-0.1). */
  public abstract Lock lock();

  public abstract KeyOrigin origin();

  public abstract Instant registeredAt();

  public abstract StaffId registeredBy();

  /** Who has the key while it is held or lent; empty in the box, lost or retired. */
  public abstract Optional<Holder> holder();

  /** Who had the key when it was reported lost (KY-1.3, KY-2.4). */
  public abstract Optional<Holder> lostBy();

  /** KY-2.2: for a client's own copy, the tenant liable for any damage it does. */
  public abstract Optional<TenantId> liableTenant();

  /** What the key cost its tenants, in order: copies (KY-2.3, KY-3.1) and compensation (KY-2.4, KY-3.1). */
  public abstract List<KeyCharge> charges();

  public static Builder builder() {
    return new Builder();
  }

  /** For adapters that rebuild a stored key. */
  public static final class Builder extends ImmutableKey.Builder {}

  @Override
  public Key advancedTo(KeyState to, Instant at, PolicyVersion policy) {
    return copy().withState(to).withStateEnteredAt(at).withPolicy(policy).withVersion(version() + 1);
  }

  public KeyCategory category() {
    return lock().category();
  }

  /** Whether the key is in someone's hands now, held or lent. */
  public boolean isOut() {
    return state() == KeyState.HELD || state() == KeyState.LENT;
  }

  /** Whether the key still counts as one of its lock's keys: everything but retired (a lost key may still open). */
  public boolean inRegister() {
    return state() != KeyState.RETIRED;
  }

  /** KY-2.3, KY-3.1: the lock's own key, kept in the box as its backup. */
  static Decision<Key> registerBackup(KeyCommand.RegisterBackup c, Step<KeyState> step) {
    Key key = opened(c.lock(), KeyOrigin.BACKUP, step).build();
    return Decision.of(key, new BackupRegistered(c.lock()));
  }

  /** A new key in its holder's hands, with the copy charge the declaration worked out (KY-2.3, KY-3.1). */
  static Decision<Key> cut(KeyCommand.CutKey c, Step<KeyState> step, Optional<KeyCharge> charge) {
    Key key = opened(c.lock(), KeyOrigin.CUT, step).holder(c.to()).addAllCharges(charge.stream().toList()).build();
    return Decision.of(key, new KeyCut(c.lock(), c.to(), charge));
  }

  /** KY-2.2: the client's own copy, recorded in its hands and at its risk. */
  static Decision<Key> recordClientCopy(KeyCommand.RecordClientCopy c, Step<KeyState> step) {
    Key key = opened(c.lock(), KeyOrigin.CLIENT_MADE, step).holder(Holder.tenant(c.tenant())).liableTenant(c.tenant()).build();
    return Decision.of(key, new ClientCopyRecorded(c.lock(), c.tenant(), c.note()));
  }

  /** GS-6: a lock's backup, in the box as the building's register has it. */
  static Decision<Key> importBackup(KeyCommand.ImportBackup c, Step<KeyState> step) {
    Key key = opened(c.lock(), KeyOrigin.BACKUP, step).build();
    return Decision.of(key, new KeyImported(c.lock(), KeyOrigin.BACKUP, step.to(), Optional.empty(), c.source()));
  }

  /**
   * GS-6: a key in its holder's hands as the building's register has it; a client's own copy at the client's risk
   * (KY-2.2). A copy imported carries no charge: it was charged before.
   */
  static Decision<Key> importHeld(KeyCommand.ImportHeldKey c, Step<KeyState> step) {
    ImmutableKey.Builder key = opened(c.lock(), c.origin(), step).holder(c.to());
    if (c.origin() == KeyOrigin.CLIENT_MADE) {
      key.liableTenant(c.to().tenant());
    }
    return Decision.of(key.build(), new KeyImported(c.lock(), c.origin(), step.to(), Optional.of(c.to()), c.source()));
  }

  /** GS-6: a key the building's register has lost, by whoever had it. */
  static Decision<Key> importLost(KeyCommand.ImportLostKey c, Step<KeyState> step) {
    Key key = opened(c.lock(), KeyOrigin.CUT, step).lostBy(c.lostBy()).build();
    return Decision.of(key, new KeyImported(c.lock(), KeyOrigin.CUT, step.to(), Optional.of(c.lostBy()), c.source()));
  }

  private static ImmutableKey.Builder opened(Lock lock, KeyOrigin origin, Step<KeyState> step) {
    return ImmutableKey.builder()
        .id(KeyId.of(step.caseId()))
        .center(step.center())
        .version(0)
        .state(step.to())
        .stateEnteredAt(step.at())
        .policy(step.policy())
        .lock(lock)
        .origin(origin)
        .registeredAt(step.at())
        .registeredBy(step.actor().staff());
  }

  // the steps' decisions, each named in KeyProcedure's table beside the step it decides

  Decision<Key> issue(Issue c, Step<KeyState> step) {
    return Decision.of(copy().withHolder(c.to()), new KeyIssued(c.to()));
  }

  Decision<Key> lend(Lend c, Step<KeyState> step) {
    return Decision.of(copy().withHolder(c.to()), new KeyLent(c.to()));
  }

  Decision<Key> returnKey(ReturnKey c, Step<KeyState> step) {
    return Decision.of(copy().withHolder(Optional.empty()), new KeyReturned(holder().orElseThrow()));
  }

  Decision<Key> handOver(HandOver c, Step<KeyState> step) {
    return Decision.of(copy().withHolder(c.to()), new KeyHandedOver(holder().orElseThrow(), c.to()));
  }

  Decision<Key> recordUse(RecordUse c, Step<KeyState> step) {
    return Decision.of(this, new MasterKeyUsed(holder().orElseThrow(), c.purpose(), c.room(), step.at()));
  }

  /**
   * The loss is recorded against whoever had the key. A client pays for its lost door or furniture key (KY-2.4,
   * KY-3.1), as the center's policy prices it; a lost master key is raised to management, naming the holder by staff
   * id (KY-1.3).
   */
  Decision<Key> reportLost(ReportLost c, Step<KeyState> step, KeyPolicy policy) {
    Holder holder = holder().orElseThrow();
    Optional<KeyCharge> compensation = holder.tenant().filter(t -> lock().opensAClientsRoom()).map(tenant ->
        new KeyCharge(ChargeKind.COMPENSATION, tenant, policy.compensationFor(category()), clauseOfClientKeys(), step.at()));
    ImmutableKey lost = copy().withHolder(Optional.empty()).withLostBy(holder).withCharges(append(charges(), compensation));
    KeyLost event = new KeyLost(holder, compensation, c.circumstances());
    if (category() == KeyCategory.MASTER) {
      return Decision.of(lost, event,
          Notice.to(Department.MANAGEMENT_OFFICE, "KY_MASTER_KEY_LOST", Clause.of("KY-1.3"), id().value(), holder.id()));
    }
    return Decision.of(lost, event);
  }

  Decision<Key> retire(Retire c, Step<KeyState> step) {
    return Decision.of(this, new KeyRetired(c.reason()));
  }

  Decision<Key> writeOff(WriteOff c, Step<KeyState> step) {
    return Decision.of(this, new KeyWrittenOff(c.reason()));
  }

  private Clause clauseOfClientKeys() {
    return Clause.of(category() == KeyCategory.CLIENT_FURNITURE ? "KY-3.1" : "KY-2.4");
  }

  private static <T> List<T> append(List<T> list, Optional<T> item) {
    List<T> all = new ArrayList<>(list);
    item.ifPresent(all::add);
    return all;
  }

  /** Every key is an ImmutableKey; the generated type stays hidden behind this one (ValueStyle). */
  private ImmutableKey copy() {
    return (ImmutableKey) ImmutableKey.copyOf(this);
  }
}
