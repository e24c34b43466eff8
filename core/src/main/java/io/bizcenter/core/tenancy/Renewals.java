package io.bizcenter.core.tenancy;

/**
 * Where a renewal goes once the client says it will renew (MO-1.1): contract signing (CS, issue 6). Until the contracts
 * desk is wired to it in {@code BusinessCenter}, the default does nothing: the lease watch records the hand-over on its
 * trail ({@link RenewalVisitEvent.RenewalHandedOver}) and waits for the new term. Called inside the command's
 * transaction, at least once per renewal, always with the same {@link Renewal#id()}; throwing rolls the step back.
 */
@FunctionalInterface
public interface Renewals {
  /** Records nothing beyond the lease watch's own trail. */
  Renewals RECORD_ONLY = renewal -> { };

  void handOver(Renewal renewal);
}
