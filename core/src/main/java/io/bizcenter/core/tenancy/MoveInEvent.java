package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What happened to a move-in, in the past tense; the audit trail holds them with who, when and the clause. */
public sealed interface MoveInEvent extends DomainEvent {
  record MoveInNoticeReceived(TenantId tenant, String company, List<RoomId> units, LocalDate leaseStart, LocalDate leaseExpiry,
      String noticeReference) implements MoveInEvent {
    public MoveInNoticeReceived {
      units = List.copyOf(units);
    }
  }

  record FormsPrepared() implements MoveInEvent {}

  record IdentityVerified(IdentityDocument document) implements MoveInEvent {}

  record FeeNoticeSent(FeeNotice notice) implements MoveInEvent {}

  record ManagementAgreementSigned(ManagementAgreement agreement) implements MoveInEvent {}

  record HandbookAndGuideSignedFor(PersonName receivedBy) implements MoveInEvent {}

  record UnitInspected(Optional<String> note) implements MoveInEvent {}

  /** {@code items}: the rectification comments of the form, each now Engineering's to close (MI-4.5). */
  record EquipmentAccepted(List<String> equipment, List<RectificationItem> items) implements MoveInEvent {
    public EquipmentAccepted {
      equipment = List.copyOf(equipment);
      items = List.copyOf(items);
    }
  }

  record KeyHandoverFormSigned(KeyHandover form) implements MoveInEvent {}

  record MeterReadingConfirmed(MeterReading reading) implements MoveInEvent {}

  record MeterReadingRecorded(MeterReading reading) implements MoveInEvent {}

  record RectificationItemClosed(String item, String resolution) implements MoveInEvent {}

  record Introduced(OrientationItem item, Optional<String> note) implements MoveInEvent {}

  record QuestionAnswered(String question, String answer) implements MoveInEvent {}

  record MoveBooked(ElevatorBooking booking) implements MoveInEvent {}

  record RenovationManagerIntroduced(String application, StaffId manager) implements MoveInEvent {}

  record FirstRenovationMeetingHeld(Optional<String> note) implements MoveInEvent {}

  record DocumentFiled(ClientDocument kind, String reference) implements MoveInEvent {}

  record ClientContactsRecorded(List<ClientContact> contacts) implements MoveInEvent {
    public ClientContactsRecorded {
      contacts = List.copyOf(contacts);
    }
  }

  record MoveInCompleted() implements MoveInEvent {}

  record MoveInWithdrawn(String reason) implements MoveInEvent {}
}
