package io.bizcenter.core.port;

/**
 * The vendor's messaging: delivers the source's written notices (to Engineering, to the General Office, ...).
 * Called at least once per notice; a notice seen twice has the same id, so the second can be dropped. Throwing
 * means "not delivered": the notice stays in the outbox and is offered again.
 */
public interface Notifier {
  void deliver(OutboxNotice notice);
}
