package io.bizcenter.core.services;

import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.Money;

/** What happened to an internal use, in the past tense. */
public sealed interface InternalUseEvent extends DomainEvent {
  record UseApplied(DeviceId device, Slot slot, String reason, String content) implements InternalUseEvent {}

  record UseApproved() implements InternalUseEvent {}

  record UseRefused(String reason) implements InternalUseEvent {}

  record UseWithdrawn(String reason) implements InternalUseEvent {}

  record UseDisplaced(ServiceOrderId byOrder) implements InternalUseEvent {}

  record UseStarted() implements InternalUseEvent {}

  record UseFinished(Slot used) implements InternalUseEvent {}

  record FeeSettlementSigned(String number, Money amount) implements InternalUseEvent {}
}
