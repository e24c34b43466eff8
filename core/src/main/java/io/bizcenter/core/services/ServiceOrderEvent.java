package io.bizcenter.core.services;

import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.StaffId;
import java.util.Optional;

/** What happened to a service order, in the past tense. */
public sealed interface ServiceOrderEvent extends io.bizcenter.core.kernel.DomainEvent {
  /** The service, time and requirements were learnt, any device it needs booked, and who does it assigned (SV-2.1, SV-2.2). */
  record OrderTaken(Client client, ServiceCode service, int quantity, String requirements, Slot slot, Optional<DeviceId> device,
      StaffId assignee) implements ServiceOrderEvent {}

  /** The client was told the charges from the catalogue: price, total and deposit (SV-2.2). */
  record ChargesExplained(Charges charges) implements ServiceOrderEvent {}

  /** The fee notice was issued under its number, with the total and the deposit (SV-2.2). */
  record FeeNoticeIssued(String number, Money total, Money deposit) implements ServiceOrderEvent {}

  /** The deposit of the set proportion of the total was taken (SV-2.2). */
  record DepositTaken(Money amount) implements ServiceOrderEvent {}

  /** The service began, on time and as required (SV-2.3). */
  record ServiceStarted() implements ServiceOrderEvent {}

  /** The service was done: the units actually served, whether on time, and the total they come to (SV-2.3). */
  record ServiceFinished(int quantityServed, boolean onTime, Money total) implements ServiceOrderEvent {}

  /** The Business Center Fee Receipt was written in triplicate; Finance was told what to collect or refund (SV-2.4). */
  record FeeReceiptWritten(String number, Settlement settlement) implements ServiceOrderEvent {}

  /** One copy of the Fee Receipt went where it belongs: Finance, the client or the archive (SV-2.4). */
  record ReceiptCopyHandedOver(ReceiptCopy copy) implements ServiceOrderEvent {}

  /** The client settled at Finance: paid the balance, or got back what the deposit exceeded (SV-2.4). */
  record SettledAtFinance(Settlement settlement) implements ServiceOrderEvent {}

  /** The order was called off before the service started; any deposit taken was returned in full (SV-2.2). */
  record OrderCancelled(String reason, Money depositReturned) implements ServiceOrderEvent {}
}
