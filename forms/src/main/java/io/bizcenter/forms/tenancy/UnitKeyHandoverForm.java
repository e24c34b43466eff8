package io.bizcenter.forms.tenancy;

import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.ClientDocument;
import io.bizcenter.core.tenancy.FiledDocument;
import io.bizcenter.core.tenancy.HeldKey;
import io.bizcenter.core.tenancy.KeyKind;
import io.bizcenter.core.tenancy.MoveIn;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Unit Key Handover Form (《单元钥匙交接单》): prepared by Service before the client comes (MI-1.2) and signed by the
 * client when it holds the unit's keys (MI-4.3), listing the keys the key register says it holds (KY-2). It prints
 * once prepared: until the handover, the keys are empty rows. The source gives no count of copies: one, which goes into
 * the client file as its key collection record (MI-6.3 e), under the reference the handover filed it with.
 */
public record UnitKeyHandoverForm(
    String moveIn,
    String company,
    String units,
    Instant preparedAt,
    String preparedBy,
    List<Key> keys,
    Optional<Instant> signedAt,
    Optional<String> handedOverBy,
    Optional<String> filedAs) implements Form {
  public static final FormType TYPE = FormType.of("unit-key-handover", UnitKeyHandoverForm.class,
      Copies.of(Recipient.of(Party.CLIENT_FILE)), "MI-1.2", "MI-4.3");

  /** One key in the client's hands: the register's id for it, the unit of its lock, door or furniture. */
  public record Key(int no, String key, String room, KeyKind kind) {}

  public UnitKeyHandoverForm {
    keys = List.copyOf(keys);
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

  /** The form of {@code moveIn}, once Service prepared it (MI-1.2); {@code trail} is the move-in's audit trail. */
  public static Validation<Seq<FieldError>, UnitKeyHandoverForm> of(MoveIn moveIn, List<AuditEntry> trail) {
    String id = moveIn.id().value();
    Optional<AuditEntry> prepared = Trail.last(trail, id, "PREPARE_FORMS");
    if (moveIn.formsPreparedAt().isEmpty() || prepared.isEmpty()) {
      return FormInput.missing("prepared");
    }
    List<Key> keys = new ArrayList<>();
    for (HeldKey held : moveIn.keyHandover().map(h -> h.keys()).orElse(List.of())) {
      keys.add(new Key(keys.size() + 1, held.keyId(), held.room().value(), held.kind()));
    }
    Optional<AuditEntry> signed = Trail.last(trail, id, "SIGN_KEY_HANDOVER_FORM");
    Optional<String> filed = moveIn.documents().stream()
        .filter(d -> d.kind() == ClientDocument.KEY_COLLECTION_RECORD)
        .map(FiledDocument::reference)
        .findFirst();
    return Validation.valid(new UnitKeyHandoverForm(id, moveIn.company(), Units.of(moveIn.units()), moveIn.formsPreparedAt().get(),
        prepared.get().staff().value(), keys, moveIn.keyHandover().map(h -> h.signedAt()), signed.map(e -> e.staff().value()), filed));
  }
}
