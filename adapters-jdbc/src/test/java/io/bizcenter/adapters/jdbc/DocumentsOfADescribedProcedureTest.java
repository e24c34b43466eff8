package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bizcenter.core.Procedure;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.testkit.contract.Parcels;
import io.bizcenter.testkit.contract.Parcels.Parcel;
import io.bizcenter.testkit.contract.Parcels.ParcelEvent;
import io.bizcenter.testkit.contract.Parcels.ParcelId;
import io.bizcenter.testkit.contract.Parcels.ParcelState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The stored documents of a procedure the library does not list: its cases, receipts' answers and events are read
 * and written from its descriptor, once the storage is asked for its store, with no code for it in the adapter.
 */
@DisplayName("Documents of a procedure known by its descriptor alone")
class DocumentsOfADescribedProcedureTest {
  private static final Parcel PARCEL = new Parcel(new ParcelId("p-1"), CenterId.of("tower"), 2, ParcelState.HANDED_OVER,
      Instant.parse("2026-03-02T01:00:00Z"), PolicyVersion.of("2026-03"));

  @Test
  @DisplayName("its case, a receipt's answer and its events read back as written, after the descriptor was made known")
  void readsWhatItWasNotToldInAdvance() {
    Documents documents = new Documents();
    documents.know(Parcels.PROCEDURE);

    assertEquals(PARCEL, documents.read(documents.write(PARCEL), Parcel.class));
    assertEquals(PARCEL, documents.readCase("parcels", documents.write(PARCEL)));
    List<DomainEvent> events = List.of(new ParcelEvent.Received(new ParcelId("p-1")));
    assertEquals(events, documents.readEvents("parcels", documents.writeEvents(events)));
  }

  @Test
  @DisplayName("the storage makes it known with the procedure's store; another case type under a known name is refused")
  void knownThroughTheStorage() {
    JdbcStorage storage = Databases.freshH2();
    storage.cases(Parcels.PROCEDURE);

    Procedure<ParcelState, Parcels.ParcelAction, OtherParcel, Parcels.ParcelCommand> other = Procedure.of("parcels", OtherParcel.class,
        Parcels.ParcelCommand.class, ParcelEvent.class, ParcelState.class, Parcels.ParcelAction.class);
    assertThrows(IllegalArgumentException.class, () -> storage.cases(other));
    assertThrows(IllegalArgumentException.class, () -> new Documents().readCase("parcels", "{}"), "unknown before it is made known");
  }

  /** A case type of its own under the name "parcels": not the parcels already stored. */
  record OtherParcel(ParcelId id, CenterId center, long version, ParcelState state, Instant stateEnteredAt, PolicyVersion policy)
      implements io.bizcenter.core.kernel.Case<ParcelState, OtherParcel> {
    @Override
    public OtherParcel advancedTo(ParcelState to, Instant at, PolicyVersion policy) {
      return new OtherParcel(id, center, version + 1, to, at, policy);
    }
  }
}
