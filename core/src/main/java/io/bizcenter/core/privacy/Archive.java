package io.bizcenter.core.privacy;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.vavr.control.Either;
import java.util.List;

/** One procedure's cases as personal-data requests see them: its name, which states are closed, its store. */
public final class Archive<S extends Enum<S>, C extends Case<S, C>> {
  private final ProcedureDefinition<S, ?, C, ?> definition;
  private final CaseStore<C> store;

  private Archive(ProcedureDefinition<S, ?, C, ?> definition, CaseStore<C> store) {
    this.definition = definition;
    this.store = store;
  }

  public static <S extends Enum<S>, C extends Case<S, C>> Archive<S, C> of(ProcedureDefinition<S, ?, C, ?> definition, CaseStore<C> store) {
    return new Archive<>(definition, store);
  }

  public String procedure() {
    return definition.name();
  }

  List<C> all(CenterId center) {
    return store.all(center);
  }

  boolean closed(C c) {
    return definition.isFinal(c.state());
  }

  /** Writes {@code rewritten} over its stored self, same version: only its personal data changed. */
  Either<Rejection.VersionConflict, C> rewrite(C rewritten) {
    return store.save(rewritten, rewritten.version());
  }
}
