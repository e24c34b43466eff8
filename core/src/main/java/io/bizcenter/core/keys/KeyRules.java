package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.procedure.DeclaredDuties;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.function.Function;

/**
 * Plugs key control into the one command path: its declaration (steps, their decisions and charges, the locks and
 * recipients a command holds), field checks, duties.
 */
final class KeyRules implements ProcedureRules<KeyState, KeyAction, Key, KeyCommand> {
  private final Function<CenterId, KeyPolicy> policies;
  private final ProcedureDefinition<KeyState, KeyAction, Key, KeyCommand> definition;
  // asked after every decision: built once
  private final DeclaredDuties<KeyState, KeyAction, Key> declared;

  KeyRules(Keys keys, Tenancies tenancies, Function<CenterId, KeyPolicy> policies) {
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

  /** Only a lent key owes something: its return (or the report of its loss) within the lending time (GS-7). */
  public Duties<Key> duties() {
    return (key, zone) -> key.state() == KeyState.LENT ? declared.owed(key, zone) : List.of();
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }
}
