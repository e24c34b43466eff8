package io.bizcenter.core.services;

import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.StaffId;
import java.util.Optional;

/** What happened to a service order, in the past tense. */
public sealed interface ServiceOrderEvent extends io.bizcenter.core.kernel.DomainEvent {
  record OrderTaken(Client client, ServiceCode service, int quantity, String requirements, Slot slot, Optional<DeviceId> device,
      StaffId assignee) implements ServiceOrderEvent {}

  record ChargesExplained(Charges charges) implements ServiceOrderEvent {}

  record FeeNoticeIssued(String number, Money total, Money deposit) implements ServiceOrderEvent {}

  record DepositTaken(Money amount) implements ServiceOrderEvent {}

  record ServiceStarted() implements ServiceOrderEvent {}

  record ServiceFinished(int quantityServed, boolean onTime, Money total) implements ServiceOrderEvent {}

  record FeeReceiptWritten(String number, Settlement settlement) implements ServiceOrderEvent {}

  record ReceiptCopyHandedOver(ReceiptCopy copy) implements ServiceOrderEvent {}

  record SettledAtFinance(Settlement settlement) implements ServiceOrderEvent {}

  record OrderCancelled(String reason, Money depositReturned) implements ServiceOrderEvent {}
}
