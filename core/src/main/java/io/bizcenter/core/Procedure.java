package io.bizcenter.core;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.procedure.ProcedureDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One procedure, described once: its name, the types of its cases, commands, events, states and actions, and its store
 * in a {@link Storage}. Whatever needs the list of procedures (storage adapters, JSON documents, testkit's families, the
 * test stores) reads {@link Procedures#ALL} instead of keeping a list of its own.
 *
 * <p>A procedure of the library has a typed store among a storage's ports ({@code Storage::complaints}). A procedure
 * added by a vendor needs none ({@link #of}): every adapter then keeps its cases in a store it builds from this
 * descriptor ({@link Storage#cases}), so a new procedure needs no adapter code.
 *
 * @param name the declared name, as in receipts, the audit trail and the agenda ({@code "complaints"})
 * @param rejections the family of the procedure's broken rules ({@code ComplaintRejection}; procedures of one package
 *     share theirs), or {@link Rejection} itself for a procedure that breaks only the kernel's
 * @param store the procedure's typed store among a storage's ports, or null where it has none
 */
public record Procedure<S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command>(
    String name, Class<C> caseType, Class<M> commands, Class<? extends DomainEvent> events, Class<? extends Rejection> rejections,
    Class<S> states, Class<A> actions, Function<Storage, ? extends CaseStore<C>> store) {

  public Procedure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(caseType, "caseType");
    Objects.requireNonNull(commands, "commands");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(rejections, "rejections");
    Objects.requireNonNull(states, "states");
    Objects.requireNonNull(actions, "actions");
  }

  /**
   * A procedure without a typed store, whose rejections are the kernel's: the storage adapters keep its cases in a store
   * built from this descriptor.
   */
  public static <S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> Procedure<S, A, C, M> of(String name,
      Class<C> caseType, Class<M> commands, Class<? extends DomainEvent> events, Class<S> states, Class<A> actions) {
    return new Procedure<>(name, caseType, commands, events, Rejection.class, states, actions, null);
  }

  /** The store of this procedure's cases in {@code storage}: its typed store, or the one the adapter built for it. */
  public CaseStore<C> storeIn(Storage storage) {
    return storage.cases(this);
  }

  /** The procedure's typed store among the ports of {@code storage}; empty for a procedure without one. */
  public Optional<CaseStore<C>> typedStoreIn(Storage storage) {
    return store == null ? Optional.empty() : Optional.of(store.apply(storage));
  }

  /** Every command record of this procedure, the sealed family walked down to its records. */
  @SuppressWarnings("unchecked")
  public List<Class<? extends M>> commandRecords() {
    List<Class<? extends M>> records = new ArrayList<>();
    walk(commands, type -> {
      if (!records.contains(type)) {
        records.add((Class<? extends M>) type);
      }
    });
    return List.copyOf(records);
  }

  /** Every event record of this procedure by its stored type name ({@link DomainEvent#type()}: the simple name). */
  public Map<String, Class<? extends DomainEvent>> eventRecords() {
    Map<String, Class<? extends DomainEvent>> byName = new LinkedHashMap<>();
    walk(events, type -> byName.put(type.getSimpleName(), type.asSubclass(DomainEvent.class)));
    return byName;
  }

  /** The package of the procedure's case type, where its messages live ({@code io.bizcenter.core.complaints}). */
  public String packageName() {
    return caseType.getPackageName();
  }

  private static void walk(Class<?> type, java.util.function.Consumer<Class<?>> records) {
    if (type.isRecord()) {
      records.accept(type);
      return;
    }
    Class<?>[] permitted = type.getPermittedSubclasses();
    if (permitted != null) {
      Arrays.stream(permitted).forEach(sub -> walk(sub, records));
    }
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
