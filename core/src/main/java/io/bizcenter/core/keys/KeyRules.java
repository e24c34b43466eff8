package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.procedure.DeclaredDuties;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.bizcenter.core.procedure.Step;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/** Plugs key control into the one command path: its declaration, its field checks, its decisions and charges. */
final class KeyRules implements ProcedureRules<KeyState, KeyAction, Key, KeyCommand> {
  private final Keys keys;
  private final Function<CenterId, KeyPolicy> policies;
  private final ProcedureDefinition<KeyState, KeyAction, Key, KeyCommand> definition;
  // asked after every decision: built once
  private final DeclaredDuties<KeyState, KeyAction, Key> declared;

  KeyRules(Keys keys, Tenancies tenancies, Function<CenterId, KeyPolicy> policies) {
    this.keys = keys;
    this.policies = policies;
    this.definition = KeyProcedure.declare(keys, tenancies, policies);
    this.declared = new DeclaredDuties<>(definition, (center, state) -> policies.apply(center).lendingTime());
  }

  public ProcedureDefinition<KeyState, KeyAction, Key, KeyCommand> definition() {
    return definition;
  }

  public Class<Key> caseType() {
    return Key.class;
  }

  public Validation<Seq<FieldError>, KeyCommand> validate(KeyCommand command) {
    return command.check();
  }

  public KeyAction action(KeyCommand command) {
    return command.action();
  }

  public Option<String> target(KeyCommand command) {
    return command instanceof KeyCommand.OnKey on ? Option.of(on.keyId().value()) : Option.none();
  }

  public Either<Rejection, Decision<Key>> open(KeyCommand command, Step<KeyState> step) {
    if (command instanceof KeyCommand.ImportBackup || command instanceof KeyCommand.ImportHeldKey
        || command instanceof KeyCommand.ImportLostKey) {
      return Either.right(Key.imported(command, step));
    }
    if (command instanceof KeyCommand.RegisterBackup backup) {
      return Either.right(Key.registerBackup(backup, step));
    }
    if (command instanceof KeyCommand.CutKey cut) {
      return Either.right(Key.cut(cut, step, copyCharge(cut, step)));
    }
    return Either.right(Key.recordClientCopy((KeyCommand.RecordClientCopy) command, step));
  }

  public Either<Rejection, Decision<Key>> decide(Key current, KeyCommand command, Step<KeyState> step) {
    return Either.right(current.decide((KeyCommand.OnKey) command, step, policies.apply(step.center())));
  }

  /** Only a lent key owes something: its return (or the report of its loss) within the lending time (GS-7). */
  public Duties<Key> duties() {
    return (key, zone) -> key.state() == KeyState.LENT ? declared.owed(key, zone) : List.of();
  }

  /**
   * A command that adds a key, or puts one into someone's hands, holds its lock and its recipient alone while the
   * counts are read and the key saved (KY-1.4, KY-2.2, KY-3.1, KY-3.2, KY-4.1). Sorted, so that two commands always
   * take their resources in the same order.
   */
  @Override
  public List<String> exclusiveTo(KeyCommand command) {
    TreeSet<String> resources = new TreeSet<>();
    if (command instanceof KeyCommand.Opening opening) {
      resources.add(resource(opening.lock()));
    }
    if (command instanceof KeyCommand.ToHolder toHolder) {
      resources.add("keys:holder:" + toHolder.to().reference());
    }
    if (command instanceof KeyCommand.ToHolder || command instanceof KeyCommand.Retire) {
      target(command).forEach(id -> keys.find(command.center(), id).forEach(key -> resources.add(resource(key.lock()))));
    }
    return List.copyOf(resources);
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }

  /**
   * KY-2.3: every door key copy for a client is charged; KY-3.1: a piece of furniture's first key is the tenant's, each
   * further copy charged like a door key. Other keys cost their holders nothing.
   */
  private Optional<KeyCharge> copyCharge(KeyCommand.CutKey cut, Step<KeyState> step) {
    KeyPolicy policy = policies.apply(step.center());
    boolean charged = switch (cut.lock().category()) {
      case OFFICE_DOOR -> true;
      case CLIENT_FURNITURE -> keys.ofLock(step.center(), cut.lock()).stream().anyMatch(k -> k.origin() != KeyOrigin.BACKUP && k.inRegister());
      case MASTER, WORKSTATION, PUBLIC_DOOR -> false;
    };
    return cut.to().tenant().filter(t -> charged).map(tenant -> new KeyCharge(ChargeKind.COPY, tenant, policy.copyFee(),
        KeyProcedure.clientKeyClause(cut.lock(), "KY-2.3"), step.at()));
  }

  private static String resource(Lock lock) {
    return "keys:lock:" + lock.category() + "/" + lock.inRoom().map(r -> r.value()).orElse("") + "/"
        + (lock.furniture() == null ? "" : lock.furniture().name()) + "/" + (lock.name() == null ? "" : lock.name());
  }
}
