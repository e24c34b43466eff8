package io.bizcenter.core.tenancy;

/** What the client says at the renewal visit (MO-1.1: 了解客户意向). */
public enum ClientIntent {
  RENEW(RenewalVisitAction.RECORD_RENEWAL),
  LEAVE(RenewalVisitAction.RECORD_DEPARTURE),
  UNDECIDED(RenewalVisitAction.RECORD_UNDECIDED);

  private final RenewalVisitAction action;

  ClientIntent(RenewalVisitAction action) {
    this.action = action;
  }

  public RenewalVisitAction action() {
    return action;
  }
}
