package io.bizcenter.forms.tenancy;

import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.ClientContact;
import io.bizcenter.core.tenancy.ClientDocument;
import io.bizcenter.core.tenancy.FiledDocument;
import io.bizcenter.core.tenancy.IdentityCheck;
import io.bizcenter.core.tenancy.IdentityDocumentKind;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.forms.Copies;
import io.bizcenter.forms.Form;
import io.bizcenter.forms.FormInput;
import io.bizcenter.forms.FormType;
import io.bizcenter.forms.Forms;
import io.bizcenter.forms.Party;
import io.bizcenter.forms.Recipient;
import io.bizcenter.forms.Trail;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The contents list of a client file (客户档案, MI-6.3): every kind of document the source lists, a to e, with where
 * the paper is filed, when and by whom, or a blank where the file holds none (a parking proof only exists when the
 * client rents parking); the identity document checked at MI-2.1; the client's contacts (d). After the move-out, the
 * archive the file went to (MO-3.1). The source gives no count of copies: one, which heads the file itself.
 * <p>
 * The identity number is printed <b>masked</b> ({@code 31****34}), unlike on the forms whose purpose is the number: the
 * list is an index, read and copied whenever the file is and kept with the archive after the client leaves, and it only
 * has to say which document the file holds. The copy of the identity document the source keeps in the file (MI-6.3 a)
 * carries the full number for whoever needs it. The holder's name is printed in full, to tell whose document it is,
 * and so are the contacts, which are on the list to reach the client by.
 */
public record ClientFileForm(
    String moveIn,
    String tenant,
    String company,
    String units,
    Optional<Identity> identity,
    List<Entry> contents,
    List<Contact> contacts,
    Optional<String> moveOut,
    Optional<String> archive,
    Optional<Instant> archivedAt,
    Optional<String> archivedBy) implements Form {
  public static final FormType TYPE = FormType.of("client-file", ClientFileForm.class, Copies.of(Recipient.of(Party.CLIENT_FILE)),
      "MI-6.3", "MO-3.1");

  /** The identity document Service checked in the original (MI-2.1); its number masked, as said above. */
  public record Identity(IdentityDocumentKind kind, String maskedNumber, PersonName holder, boolean originalSeen, Instant verifiedAt,
      String verifiedBy) {
    static Identity of(IdentityCheck check) {
      return new Identity(check.document().kind(), check.document().number().masked(), check.document().holder(),
          check.document().originalSeen(), check.at(), check.by().value());
    }
  }

  /** One kind of document of MI-6.3 (its letter, a to e) and, if the file holds it, where, when and by whom it was filed. */
  public record Entry(String letter, ClientDocument document, Optional<String> reference, Optional<Instant> filedAt,
      Optional<String> filedBy) {}

  /** One of the client's contacts (MI-6.3 d). */
  public record Contact(PersonName name, PhoneNumber phone, String role) {}

  public ClientFileForm {
    contents = List.copyOf(contents);
    contacts = List.copyOf(contacts);
  }

  @Override
  public FormType type() {
    return TYPE;
  }

  /** The form's name and reference only: the rest may be personal data or a client's words. */
  @Override
  public String toString() {
    return Forms.describe(this);
  }

  /** The file of {@code moveIn} as it stands, once it holds a document (MI-6.3); {@code trail} is the move-in's audit trail. */
  public static Validation<Seq<FieldError>, ClientFileForm> of(MoveIn moveIn, List<AuditEntry> trail) {
    return of(moveIn, Optional.empty(), trail);
  }

  /**
   * The file of {@code moveIn} at its move-out, archived once Service has done so (MO-3.1); {@code trail} holds the
   * audit trails of both cases.
   */
  public static Validation<Seq<FieldError>, ClientFileForm> of(MoveIn moveIn, MoveOut moveOut, List<AuditEntry> trail) {
    if (moveOut == null || !moveOut.moveIn().equals(moveIn.id())) {
      return Validation.invalid(io.vavr.collection.List.of(FieldError.of("moveOut", FieldError.Problem.NOT_ALLOWED)));
    }
    return of(moveIn, Optional.of(moveOut), trail);
  }

  private static Validation<Seq<FieldError>, ClientFileForm> of(MoveIn moveIn, Optional<MoveOut> moveOut, List<AuditEntry> trail) {
    if (moveIn.documents().isEmpty() || Trail.first(trail, moveIn.id().value()).isEmpty()) {
      return FormInput.missing("contents");
    }
    List<Entry> contents = Arrays.stream(ClientDocument.values()).map(kind -> entry(moveIn, kind)).toList();
    List<Contact> contacts = moveIn.contacts().stream().map(ClientFileForm::contact).toList();
    Optional<AuditEntry> archived = moveOut.flatMap(o -> Trail.last(trail, o.id().value(), "ARCHIVE_CLIENT_FILE"));
    return Validation.valid(new ClientFileForm(moveIn.id().value(), moveIn.tenant().value(), moveIn.company(), Units.of(moveIn.units()),
        moveIn.identity().map(Identity::of), contents, contacts, moveOut.map(o -> o.id().value()), moveOut.flatMap(MoveOut::archive),
        archived.map(AuditEntry::at), archived.map(e -> e.staff().value())));
  }

  private static Entry entry(MoveIn moveIn, ClientDocument kind) {
    Optional<FiledDocument> filed = moveIn.documents().stream().filter(d -> d.kind() == kind).findFirst();
    return new Entry(String.valueOf(kind.letter()), kind, filed.map(FiledDocument::reference), filed.map(FiledDocument::filedAt),
        filed.map(d -> d.filedBy().value()));
  }

  private static Contact contact(ClientContact contact) {
    return new Contact(contact.name(), contact.phone(), contact.role());
  }
}
