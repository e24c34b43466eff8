package io.bizcenter.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.testkit.contract.Parcels.Parcel;
import io.bizcenter.testkit.contract.Parcels.ParcelId;
import io.bizcenter.testkit.contract.Parcels.ParcelState;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The case store an adapter builds for a procedure known only by its descriptor ({@code Storage.cases(procedure)} for
 * a descriptor without a typed store; here {@link Parcels}): the whole {@link CaseStoreContract}, and that it is one
 * store, inside the storage's transactions like every other.
 */
public abstract class DescribedProcedureContract extends CaseStoreContract<ParcelState, Parcel> {
  @Override
  protected CaseStore<Parcel> cases() {
    return storage.cases(Parcels.PROCEDURE);
  }

  @Override
  protected String procedure() {
    return Parcels.PROCEDURE.name();
  }

  @Override
  protected Parcel sample(CenterId center, String id, long version, Instant openedAt) {
    return new Parcel(new ParcelId(id), center, version, ParcelState.RECEIVED, openedAt, Samples.POLICY);
  }

  @Test
  @DisplayName("the storage answers the same store for the descriptor every time, and the descriptor's store is it")
  void oneStorePerDescriptor() {
    assertSame(cases(), storage.cases(Parcels.PROCEDURE));
    assertSame(cases(), Parcels.PROCEDURE.storeIn(storage));
  }

  @Test
  @DisplayName("a save in a transaction that rolls back is not kept, as in any other store of the storage")
  void aRolledBackSaveIsNotKept() {
    Parcel parcel = sample(Samples.CENTER_A, "p-1", 1, Samples.T0);

    Either<Rejection, Parcel> answer = storage.transactions().inTransaction(() -> {
      cases().save(parcel, 0);
      return Either.left(new Rejection.CaseNotFound("parcels", "p-2"));
    });

    assertEquals(true, answer.isLeft());
    assertEquals(Option.none(), cases().find(Samples.CENTER_A, "p-1"));
    assertEquals(List.of(), cases().all(Samples.CENTER_A));
  }

  @Test
  @DisplayName("a case read back is the case written: its document is read from the descriptor's case type")
  void aCaseReadsBackWhole() {
    Parcel received = sample(Samples.CENTER_A, "p-1", 1, Samples.T0);
    committed(() -> cases().save(received, 0));
    Parcel handedOver = received.advancedTo(ParcelState.HANDED_OVER, Samples.at(30), Samples.POLICY);
    committed(() -> cases().save(handedOver, 1));

    assertEquals(Option.of(handedOver), cases().find(Samples.CENTER_A, "p-1"));
  }
}
