package io.bizcenter.core.kernel;

import io.vavr.control.Validation;
import java.util.List;

/**
 * Where an imported case came from (GS-6): the import batch, the register and row within it, and the source the batch was
 * read from (a file, another system's export). The audit trail's first entry of an imported case carries it, beside who
 * imported it. The row's command id is derived from it ({@link #commandId()}), so that a rerun of the batch finds each
 * accepted row's receipt and writes nothing twice.
 *
 * @param batch the batch's id, chosen by the importer: an id of {@link #BATCH} characters at most
 * @param register which register of the batch the row belongs to ({@code tenancies}, {@code keys}, ...)
 * @param row the row's number within its register, from 1
 * @param source what the batch was read from, in a line of {@link #SOURCE} characters at most
 */
public record ImportSource(String batch, String register, int row, String source) {
  public static final int BATCH = 40;
  public static final int SOURCE = 200;

  /** The row's command id: {@code import:<batch>:<register>:<row>}, the same on every run of the batch. */
  public CommandId commandId() {
    return CommandId.of("import:" + batch + ":" + register + ":" + row);
  }

  /** How the row is named in a reference field of the case: {@code <batch>/<register>#<row>}. */
  public String reference() {
    return batch + "/" + register + "#" + row;
  }

  /** The field errors of an import source, under {@code field}. */
  public static List<Validation<FieldError, ?>> checks(String field, ImportSource source) {
    if (source == null) {
      return List.of(Validation.invalid(FieldError.of(field, FieldError.Problem.MISSING)));
    }
    return List.of(
        Field.id(field + ".batch", source.batch(), BATCH),
        Field.id(field + ".register", source.register(), 20),
        source.row() >= 1 ? Validation.valid(source.row()) : Validation.invalid(FieldError.of(field + ".row", FieldError.Problem.MALFORMED)),
        Field.line(field + ".source", source.source(), SOURCE));
  }
}
