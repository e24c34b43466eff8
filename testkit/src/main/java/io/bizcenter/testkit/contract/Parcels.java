package io.bizcenter.testkit.contract;

import io.bizcenter.core.Procedure;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CaseId;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.PolicyVersion;
import java.time.Instant;

/**
 * A procedure that is no part of the library: parcels the front desk receives and hands over, two states. It is
 * described by its descriptor alone ({@link Procedure#of}, no typed store), as a vendor's own procedure would be, so
 * that the storage contract shows an adapter keeps such a procedure's cases with no code of its own for it.
 */
public final class Parcels {
  /** Where a parcel stands. */
  public enum ParcelState { RECEIVED, HANDED_OVER }

  /** What the front desk does with a parcel. */
  public enum ParcelAction { RECEIVE, HAND_OVER }

  /** A parcel's id. */
  public record ParcelId(String value) implements CaseId {}

  /** A parcel at the front desk: nothing but what every case has. */
  public record Parcel(ParcelId id, CenterId center, long version, ParcelState state, Instant stateEnteredAt, PolicyVersion policy)
      implements Case<ParcelState, Parcel> {
    @Override
    public Parcel advancedTo(ParcelState to, Instant at, PolicyVersion policy) {
      return new Parcel(id, center, version + 1, to, at, policy);
    }
  }

  /** The front desk's commands on parcels. */
  public sealed interface ParcelCommand extends Command {
    /** A parcel arrives for a tenant. */
    record Receive(CommandId commandId, CenterId center, ParcelId parcelId) implements ParcelCommand {}
  }

  /** What happened to a parcel. */
  public sealed interface ParcelEvent extends DomainEvent {
    /** The parcel arrived. */
    record Received(ParcelId parcelId) implements ParcelEvent {}
  }

  /** The descriptor: no typed store, so every adapter answers {@code storage.cases(PROCEDURE)} with a store of its own making. */
  public static final Procedure<ParcelState, ParcelAction, Parcel, ParcelCommand> PROCEDURE = Procedure.of("parcels", Parcel.class,
      ParcelCommand.class, ParcelEvent.class, ParcelState.class, ParcelAction.class);

  private Parcels() {}
}
