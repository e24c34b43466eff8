package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.ImportSource;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What happened to a move-in, in the past tense; the audit trail holds them with who, when and the clause. */
public sealed interface MoveInEvent extends DomainEvent {
  /** Administration's Client Move-in Notice reached Service: the tenant, its units and its lease (MI-1.1). */
  record MoveInNoticeReceived(TenantId tenant, String company, List<RoomId> units, LocalDate leaseStart, LocalDate leaseExpiry,
      String noticeReference) implements MoveInEvent {
    public MoveInNoticeReceived {
      units = List.copyOf(units);
    }
  }

  /** Service prepared the Acceptance &amp; Rectification Form, the Key Handover Form and the Meter Reading Confirmation (MI-1.2). */
  record FormsPrepared() implements MoveInEvent {}

  /** Service checked the client's identity against the original document (MI-2.1). */
  record IdentityVerified(IdentityDocument document) implements MoveInEvent {}

  /** Service sent Administration the written fee notice per the charging standard (MI-2.2). */
  record FeeNoticeSent(FeeNotice notice) implements MoveInEvent {}

  /** The Management Office and the client signed the Management Agreement on its versioned template (MI-3.1). */
  record ManagementAgreementSigned(ManagementAgreement agreement) implements MoveInEvent {}

  /** The client signed for the User Handbook and the Renovation Guide (MI-3.2). */
  record HandbookAndGuideSignedFor(PersonName receivedBy) implements MoveInEvent {}

  /** Service went round the unit with the client to inspect and take it over (MI-4.1). */
  record UnitInspected(Optional<String> note) implements MoveInEvent {}

  /** {@code items}: the rectification comments of the form, each now Engineering's to close (MI-4.5). */
  record EquipmentAccepted(List<String> equipment, List<RectificationItem> items) implements MoveInEvent {
    public EquipmentAccepted {
      equipment = List.copyOf(equipment);
      items = List.copyOf(items);
    }
  }

  /** The unit's keys were handed over and the client signed the Key Handover Form (MI-4.3, KY-2.1). */
  record KeyHandoverFormSigned(KeyHandover form) implements MoveInEvent {}

  /** The client confirmed the initial electricity meter reading and signed the confirmation (MI-4.4). */
  record MeterReadingConfirmed(MeterReading reading) implements MoveInEvent {}

  /** Engineering recorded the initial meter reading the client confirmed (MI-4.4). */
  record MeterReadingRecorded(MeterReading reading) implements MoveInEvent {}

  /** Engineering closed one rectification comment made at acceptance, saying how (MI-4.5). */
  record RectificationItemClosed(String item, String resolution) implements MoveInEvent {}

  /** Service introduced one orientation item: department heads and phones, the business center's services, or the surroundings (MI-5.1 to MI-5.3). */
  record Introduced(OrientationItem item, Optional<String> note) implements MoveInEvent {}

  /** Service answered one of the client's questions during acceptance and handover (MI-5.4). */
  record QuestionAnswered(String question, String answer) implements MoveInEvent {}

  /** The move-in date was agreed and the freight elevator booked, on the Client Move Registration Form (MI-6.1). */
  record MoveBooked(ElevatorBooking booking) implements MoveInEvent {}

  /** With a secondary renovation applied for, Engineering's renovation manager was introduced to the client (MI-6.2). */
  record RenovationManagerIntroduced(String application, StaffId manager) implements MoveInEvent {}

  /** Service accompanied the client to the first meeting with the renovation manager (MI-6.2). */
  record FirstRenovationMeetingHeld(Optional<String> note) implements MoveInEvent {}

  /** One document went into the client file: identity copies, title certificate, agreement, contacts or another record (MI-6.3). */
  record DocumentFiled(ClientDocument kind, String reference) implements MoveInEvent {}

  /** The client's contact details went into the client file (MI-6.3 d). */
  record ClientContactsRecorded(List<ClientContact> contacts) implements MoveInEvent {
    public ClientContactsRecorded {
      contacts = List.copyOf(contacts);
    }
  }

  /** The move-in is complete: every step done and the client file whole (MI-6.3). */
  record MoveInCompleted() implements MoveInEvent {}

  /** Administration withdrew the move-in before the equipment was accepted, giving its reason. */
  record MoveInWithdrawn(String reason) implements MoveInEvent {}

  /**
   * GS-6: a tenant already in occupancy was imported from the building's records as a completed move-in, with its units,
   * lease and contacts; {@code source} names the batch, the row and what it was read from.
   */
  record TenancyImported(TenantId tenant, String company, List<RoomId> units, LocalDate leaseStart, LocalDate leaseExpiry,
      List<ClientContact> contacts, ImportSource source) implements MoveInEvent {
    public TenancyImported {
      units = List.copyOf(units);
      contacts = List.copyOf(contacts);
    }
  }
}
