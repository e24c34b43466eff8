package io.bizcenter.core.tenancy;

/**
 * Where a renewal goes once the client says it will renew (MO-1.1), beyond what the library does itself: the lease
 * watch records the hand-over on its trail ({@link RenewalVisitEvent.RenewalHandedOver}) and sends Operations &amp;
 * Leasing the written notice to negotiate and draft the renewed lease, which contract signing opens as a renewal of the
 * current one ({@code DraftContract.renewalOf}, CS-1.1); the renewed term is then recorded here and watched again. A
 * vendor that wants more (its CRM, a pre-filled draft) plugs it in. Called inside the command's transaction, at least
 * once per renewal, always with the same {@link Renewal#id()}; throwing rolls the step back.
 */
@FunctionalInterface
public interface Renewals {
  /** Records nothing beyond the lease watch's own trail. */
  Renewals RECORD_ONLY = renewal -> { };

  void handOver(Renewal renewal);
}
