package io.bizcenter.core.imports;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.ImportSource;

/**
 * One import into one center: its id, chosen by the importer and kept for reruns (each row's command id is derived from
 * it, so a rerun writes nothing twice), and what it was read from, which each imported case's trail names.
 *
 * @param center the center the building is
 * @param id the batch's id, {@link ImportSource#BATCH} characters at most of an id's alphabet
 * @param source what the rows were read from: a file's name, another system's export
 */
public record ImportBatch(CenterId center, String id, String source) {
  /** Row {@code row} (from 1) of {@code register} in this batch. */
  public ImportSource row(String register, int row) {
    return new ImportSource(id, register, row, source);
  }
}
