package io.bizcenter.core.services;

import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.Money;

/** What happened to an internal use, in the past tense. */
public sealed interface InternalUseEvent extends DomainEvent {
  /** A member of staff filled in the Equipment Use Application for work: device, time, reason and content (SV-2.5). */
  record UseApplied(DeviceId device, Slot slot, String reason, String content) implements InternalUseEvent {}

  /** The applicant's department manager approved the use beforehand (SV-2.5). */
  record UseApproved() implements InternalUseEvent {}

  /** The applicant's department manager refused the use, for the reason given (SV-2.5). */
  record UseRefused(String reason) implements InternalUseEvent {}

  /** The application was called off before the use, for the reason given (SV-2.5). */
  record UseWithdrawn(String reason) implements InternalUseEvent {}

  /** The use gave way to a client order that needs the device then; the applicant's department was told (SV-2.5). */
  record UseDisplaced(ServiceOrderId byOrder) implements InternalUseEvent {}

  /** The approved user started using the device (SV-2.5). */
  record UseStarted() implements InternalUseEvent {}

  /** The use was over, for the time actually used; the rest of the slot is free again (SV-2.5). */
  record UseFinished(Slot used) implements InternalUseEvent {}

  /** After the use, the user signed the Fee Settlement Form for the amount charged to their department (SV-2.5). */
  record FeeSettlementSigned(String number, Money amount) implements InternalUseEvent {}
}
