package io.bizcenter.core;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.procedure.ProcedureDefinition;
import java.util.function.Function;

/**
 * One procedure, described once: its name, the types of its cases, commands, events, states and actions, and its store
 * in a {@link Storage}. Whatever needs the list of procedures (storage adapters, JSON documents, testkit's families, the
 * test stores) reads {@link Procedures#ALL} instead of keeping a list of its own.
 *
 * @param name the declared name, as in receipts, the audit trail and the agenda ({@code "complaints"})
 * @param store the procedure's store among a storage's ports
 */
public record Procedure<S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command>(
    String name, Class<C> caseType, Class<M> commands, Class<? extends DomainEvent> events, Class<S> states, Class<A> actions,
    Function<Storage, ? extends CaseStore<C>> store) {

  /** The store of this procedure's cases in {@code storage}. */
  public CaseStore<C> storeIn(Storage storage) {
    return store.apply(storage);
  }

  /** The declaration as {@code center} runs it (its guards read that center's stores and policies). */
  @SuppressWarnings("unchecked")
  public ProcedureDefinition<S, A, C, M> declaredIn(BusinessCenter center) {
    return (ProcedureDefinition<S, A, C, M>) center.procedures().stream()
        .filter(definition -> definition.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no declaration of " + name));
  }

  @Override
  public String toString() {
    return name;
  }
}
