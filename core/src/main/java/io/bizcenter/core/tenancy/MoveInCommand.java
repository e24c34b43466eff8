package io.bizcenter.core.tenancy;

import static io.bizcenter.core.kernel.Field.line;
import static io.bizcenter.core.kernel.Field.present;
import static io.bizcenter.core.kernel.Field.text;
import static io.bizcenter.core.tenancy.Checks.collect;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Field;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.ImportSource;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The commands of a move-in, in the imperative. Each checks its own fields, every error collected (GS-1); which step it
 * triggers is declared once, in {@link MoveInProcedure}; {@code toString} masks personal data (names, phones, identity
 * numbers) through the kernel's types.
 */
public sealed interface MoveInCommand extends Command {
  /** An identity document's number: letters, digits and dashes. */
  Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9-]{4,32}");

  /** Every field error of the command, or the command itself. */
  Validation<Seq<FieldError>, MoveInCommand> check();

  /** A command that gives a tenant units: the notice (MI-1.1) or an import (GS-6); a unit has one tenant at a time. */
  sealed interface Occupying extends MoveInCommand {
    List<RoomId> units();
  }

  /** A command on an existing move-in. */
  sealed interface OnMoveIn extends MoveInCommand, Command.OnCase {
    MoveInId moveInId();

    default String caseId() {
      return moveInId() == null ? null : moveInId().value();
    }
  }

  /**
   * MI-1.1: Administration's Client Move-in Notice reaches Service: the tenant, its company, the units it rents, the
   * lease's first and last day, and the notice's own number.
   */
  record ReceiveMoveInNotice(CommandId commandId, CenterId center, TenantId tenant, String company, List<RoomId> units, LocalDate leaseStart,
      LocalDate leaseExpiry, String noticeReference) implements Occupying {
    public ReceiveMoveInNotice {
      units = units == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(units));
    }

    public Validation<Seq<FieldError>, MoveInCommand> check() {
      List<Validation<FieldError, ?>> checks = tenancyChecks(tenant, company, units, leaseStart, leaseExpiry);
      checks.add(line("noticeReference", noticeReference, Checks.REFERENCE));
      return collect(this, checks);
    }
  }

  /** MI-1.2: Service prepares the Acceptance &amp; Rectification Form, the Key Handover Form and the Meter Reading Confirmation. */
  record PrepareForms(CommandId commandId, CenterId center, MoveInId moveInId) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of());
    }
  }

  /** MI-2.1: Service checks the client's identity against the original document. */
  record VerifyIdentity(CommandId commandId, CenterId center, MoveInId moveInId, IdentityDocument document) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      if (document == null) {
        return on(this, List.of(present("document", null)));
      }
      List<Validation<FieldError, ?>> checks = new ArrayList<>();
      checks.add(present("document.kind", document.kind()));
      checks.add(present("document.number", document.number()).flatMap(n -> line("document.number", n.value(), 32))
          .flatMap(n -> DOCUMENT_NUMBER.matcher(n).matches() ? Validation.valid(n)
              : Validation.invalid(FieldError.of("document.number", Problem.MALFORMED))));
      checks.add(Field.name("document.holder", document.holder()));
      return on(this, checks);
    }
  }

  /** MI-2.2: Service sends Administration the written fee notice: each charge item, in the standard's units. */
  record SendFeeNotice(CommandId commandId, CenterId center, MoveInId moveInId, List<FeeLine> lines) implements OnMoveIn {
    public SendFeeNotice {
      lines = lines == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(lines));
    }

    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(Field.nonEmpty("lines", lines).flatMap(all -> {
        Set<ChargeItem> seen = EnumSet.noneOf(ChargeItem.class);
        for (FeeLine line : all) {
          if (line.item() == null) {
            return Validation.invalid(FieldError.of("lines.item", Problem.MISSING));
          }
          if (!seen.add(line.item())) {
            return Validation.invalid(FieldError.of("lines.item", Problem.NOT_ALLOWED));
          }
          Validation<FieldError, ?> quantity = Checks.quantity("lines.quantity", line.quantity());
          if (quantity.isInvalid()) {
            return Validation.invalid(quantity.getError());
          }
        }
        return Validation.valid(all);
      })));
    }
  }

  /** MI-3.1: the Management Office signs the Management Agreement with the client, on a template version. */
  record SignManagementAgreement(CommandId commandId, CenterId center, MoveInId moveInId, String templateVersion, String agreementNumber,
      PersonName signatory) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(line("templateVersion", templateVersion, Checks.REFERENCE),
          line("agreementNumber", agreementNumber, Checks.REFERENCE), Field.name("signatory", signatory)));
    }
  }

  /** MI-3.2: the client signs for the User Handbook and the Renovation Guide. */
  record DeliverHandbookAndGuide(CommandId commandId, CenterId center, MoveInId moveInId, PersonName receivedBy) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(Field.name("receivedBy", receivedBy)));
    }
  }

  /** MI-4.1: Service accompanies the client to inspect and take over the unit; a note is optional. */
  record InspectUnit(CommandId commandId, CenterId center, MoveInId moveInId, String note) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(Checks.optionalText("note", note)));
    }
  }

  /**
   * MI-4.2, MI-4.5: the unit's equipment is handed over and the client signs the Acceptance &amp; Rectification Form;
   * each rectification comment on it goes to Engineering. No comment is fine.
   */
  record AcceptEquipment(CommandId commandId, CenterId center, MoveInId moveInId, List<String> equipment, List<String> rectificationComments)
      implements OnMoveIn {
    public AcceptEquipment {
      equipment = equipment == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(equipment));
      rectificationComments = rectificationComments == null ? null
          : java.util.Collections.unmodifiableList(new ArrayList<>(rectificationComments));
    }

    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(Checks.lines("equipment", equipment, false, false),
          Checks.lines("rectificationComments", rectificationComments, true, true)));
    }
  }

  /** MI-4.3: the client holds its door keys (handed over through key control) and signs the Key Handover Form. */
  record SignKeyHandoverForm(CommandId commandId, CenterId center, MoveInId moveInId) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of());
    }
  }

  /** MI-4.4: the initial reading of the unit's meter, confirmed with the client, who signs the confirmation. */
  record ConfirmMeterReading(CommandId commandId, CenterId center, MoveInId moveInId, String meter, BigDecimal reading) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(line("meter", meter, Checks.REFERENCE), Checks.reading("reading", reading)));
    }
  }

  /** MI-4.4: Engineering records the confirmed initial reading. */
  record RecordMeterReading(CommandId commandId, CenterId center, MoveInId moveInId, String meter, BigDecimal reading) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(line("meter", meter, Checks.REFERENCE), Checks.reading("reading", reading)));
    }
  }

  /** MI-4.5: Engineering closes one rectification item, saying how it was handled. */
  record CloseRectificationItem(CommandId commandId, CenterId center, MoveInId moveInId, String item, String resolution) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(line("item", item, 16), text("resolution", resolution, Checks.NOTE)));
    }
  }

  /** MI-5.1 to MI-5.3: Service introduces one orientation item to the client; a note is optional. */
  record Introduce(CommandId commandId, CenterId center, MoveInId moveInId, OrientationItem item, String note) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(present("item", item), Checks.optionalText("note", note)));
    }
  }

  /** MI-5.4: a question the client asked during acceptance and handover, and Service's answer. */
  record AnswerQuestion(CommandId commandId, CenterId center, MoveInId moveInId, String question, String answer) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(text("question", question, Checks.NOTE), text("answer", answer, Checks.NOTE)));
    }
  }

  /**
   * MI-6.1: without a secondary renovation, the move is agreed for a slot and the freight elevator booked for it, on the
   * Client Move Registration Form. Whole minutes, the end after the start, at most a day.
   */
  record BookMove(CommandId commandId, CenterId center, MoveInId moveInId, String elevator, Instant startsAt, Instant endsAt)
      implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      List<Validation<FieldError, ?>> checks = new ArrayList<>();
      checks.add(line("elevator", elevator, Checks.ROOM));
      Validation<FieldError, Instant> start = Checks.minute("startsAt", startsAt);
      checks.add(start);
      checks.add(Checks.minute("endsAt", endsAt).flatMap(end -> start.fold(
          startError -> Validation.valid(end),
          begin -> end.isAfter(begin) && Duration.between(begin, end).compareTo(Checks.LONGEST_MOVE) <= 0
              ? Validation.valid(end)
              : Validation.invalid(FieldError.of("endsAt", Problem.NOT_ALLOWED)))));
      return on(this, checks);
    }
  }

  /**
   * MI-6.2: the client applied for a secondary renovation: Service introduces Engineering's renovation manager, named
   * by staff id, who will hold the first meeting.
   */
  record IntroduceRenovationManager(CommandId commandId, CenterId center, MoveInId moveInId, String application, StaffId manager)
      implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(line("application", application, Checks.REFERENCE), Checks.staff("manager", manager)));
    }
  }

  /** MI-6.2: the renovation manager held the first meeting with the client, Service accompanying; a note is optional. */
  record HoldFirstRenovationMeeting(CommandId commandId, CenterId center, MoveInId moveInId, String note) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(Checks.optionalText("note", note)));
    }
  }

  /**
   * MI-6.3: a copy for the client file, with where the paper is kept; a later copy of the same kind replaces the earlier.
   * The agreement, the contacts and the key collection record are filed by their own steps.
   */
  record FileDocument(CommandId commandId, CenterId center, MoveInId moveInId, ClientDocument kind, String reference) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(present("kind", kind).flatMap(k -> k.filedByItsStep()
              ? Validation.invalid(FieldError.of("kind", Problem.NOT_ALLOWED)) : Validation.valid(k)),
          line("reference", reference, Checks.REFERENCE)));
    }
  }

  /** MI-6.3 (d): the client's contacts for the file; they replace any recorded before. */
  record RecordClientContacts(CommandId commandId, CenterId center, MoveInId moveInId, List<ClientContact> contacts) implements OnMoveIn {
    public RecordClientContacts {
      contacts = contacts == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(contacts));
    }

    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(contactsCheck(contacts)));
    }
  }

  /** MI-6.3: the client file is complete and Engineering's tasks are done: Service completes the move-in. */
  record CompleteMoveIn(CommandId commandId, CenterId center, MoveInId moveInId) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of());
    }
  }

  /** Administration withdrew its notice (the client will not come), before the key handover. */
  record WithdrawMoveIn(CommandId commandId, CenterId center, MoveInId moveInId, String reason) implements OnMoveIn {
    public Validation<Seq<FieldError>, MoveInCommand> check() {
      return on(this, List.of(text("reason", reason, Checks.NOTE)));
    }
  }

  private static Validation<Seq<FieldError>, MoveInCommand> on(OnMoveIn c, List<Validation<FieldError, ?>> fields) {
    List<Validation<FieldError, ?>> checks = new ArrayList<>();
    checks.add(present("moveInId", c.moveInId()).flatMap(id -> Checks.id("moveInId", id.value())));
    checks.addAll(fields);
    return collect(c, checks);
  }

  /** What the notice (MI-1.1) and an imported tenancy both carry: the tenant, its company, units, and a lease that ends after it starts. */
  private static List<Validation<FieldError, ?>> tenancyChecks(TenantId tenant, String company, List<RoomId> units, LocalDate leaseStart,
      LocalDate leaseExpiry) {
    List<Validation<FieldError, ?>> checks = new ArrayList<>();
    checks.add(Checks.tenant("tenant", tenant));
    checks.add(line("company", company, Checks.COMPANY));
    checks.add(Checks.units("units", units));
    Validation<FieldError, ?> start = Checks.date("leaseStart", leaseStart);
    checks.add(start);
    checks.add(Checks.date("leaseExpiry", leaseExpiry).flatMap(end -> start.isValid() && !leaseExpiry.isAfter(leaseStart)
        ? Validation.invalid(FieldError.of("leaseExpiry", Problem.NOT_ALLOWED))
        : Validation.valid(end)));
    return checks;
  }

  /** MI-6.3 (d): the client's contacts, at least one and at most {@link Checks#MOST_CONTACTS}, each named with a phone. */
  private static Validation<FieldError, ?> contactsCheck(List<ClientContact> contacts) {
    return Field.nonEmpty("contacts", contacts).flatMap(all -> {
      if (all.size() > Checks.MOST_CONTACTS) {
        return Validation.invalid(FieldError.of("contacts", Problem.TOO_LONG, Checks.MOST_CONTACTS));
      }
      for (ClientContact contact : all) {
        if (contact == null) {
          return Validation.invalid(FieldError.of("contacts", Problem.MISSING));
        }
        for (Validation<FieldError, ?> one : List.of(Field.name("contacts.name", contact.name()),
            Field.phone("contacts.phone", contact.phone()), line("contacts.role", contact.role(), Checks.ITEM))) {
          if (one.isInvalid()) {
            return Validation.invalid(one.getError());
          }
        }
      }
      return Validation.valid(all);
    });
  }

  /**
   * GS-6: a tenant already in occupancy when the building came to the library, imported as a completed move-in: its units,
   * its lease's first and last day and its contacts, checked as the notice (MI-1.1) and the contact sheet (MI-6.3) are.
   * The desk starts the watch over its lease in the same transaction, as for a move-in completed through the library.
   */
  record ImportTenancy(CommandId commandId, CenterId center, TenantId tenant, String company, List<RoomId> units, LocalDate leaseStart,
      LocalDate leaseExpiry, List<ClientContact> contacts, ImportSource source) implements Occupying {
    public ImportTenancy {
      units = units == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(units));
      contacts = contacts == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(contacts));
    }

    public Validation<Seq<FieldError>, MoveInCommand> check() {
      List<Validation<FieldError, ?>> checks = tenancyChecks(tenant, company, units, leaseStart, leaseExpiry);
      checks.add(contactsCheck(contacts));
      checks.addAll(ImportSource.checks("source", source));
      return collect(this, checks);
    }
  }
}
