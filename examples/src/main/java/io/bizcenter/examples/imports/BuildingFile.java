package io.bizcenter.examples.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.bizcenter.core.imports.ContractRow;
import io.bizcenter.core.imports.DeviceRow;
import io.bizcenter.core.imports.ImportBatch;
import io.bizcenter.core.imports.ImportDesk;
import io.bizcenter.core.imports.KeyRow;
import io.bizcenter.core.imports.TenancyRow;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.json.BizCenterJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A building's current state in one JSON file, read into the library's import rows (see docs/importing.md for the
 * format): the batch (its id, the center, what it was read from), who imports each register, and the four registers,
 * tenancies, keys, equipment and contracts. Each row is the import row in the library's wire format (bizcenter-json),
 * read on its own: reading checks only that each value is what it claims to be; every rule is the library's, row by row,
 * when the rows are imported.
 */
public final class BuildingFile {
  /** Registers bigger than this are another kind of file: a typing error, not a building. */
  static final int MOST_ROWS = 100_000;
  /** A building's file holds many rows, so more than one command's document: room for the longest registers. */
  static final long LARGEST_FILE = 64L * 1024 * 1024;

  /** The file around the rows: the batch, its importers and the registers, each a list of rows read one by one. */
  record Envelope(String batch, CenterId center, String source, Importers importers, ArrayNode tenancies, ArrayNode keys,
      ArrayNode equipment, ArrayNode contracts) {}

  /** Who imports each register; a register the file leaves out needs none. */
  record Importers(Importer tenancies, Importer keys, Importer equipment, Importer contracts) {}

  /** A member of staff in a role of a department, of the batch's center. */
  record Importer(StaffId staff, Role role, Department department) {}

  private final Envelope envelope;

  private BuildingFile(Envelope envelope) {
    this.envelope = envelope;
  }

  /**
   * The file; a file that is no JSON, or whose envelope cannot be read (a register that is no list, an unknown field),
   * is refused as a whole, naming where or which field by its JSON path.
   */
  public static BuildingFile read(InputStream json) throws IOException {
    ObjectMapper mapper = BizCenterJson.mapper();
    mapper.getFactory().setStreamReadConstraints(mapper.getFactory().streamReadConstraints().rebuild()
        .maxDocumentLength(LARGEST_FILE).build());
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      // the location only: Jackson's message may quote the file
      JsonLocation at = e.getLocation();
      throw new IOException("not a building file: no JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()),
          e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException("not a building file: the file is no JSON object");
    }
    Envelope envelope = BizCenterJson.read(root, Envelope.class)
        .getOrElseThrow(invalid -> new IOException("not a building file: " + invalid.errors().stream()
            .map(e -> e.field() + " " + e.problem()).collect(Collectors.joining(", "))));
    for (ArrayNode register : new ArrayNode[] {envelope.tenancies(), envelope.keys(), envelope.equipment(), envelope.contracts()}) {
      if (register != null && register.size() > MOST_ROWS) {
        throw new IOException("not a building file: a register of more than " + MOST_ROWS + " rows");
      }
    }
    return new BuildingFile(envelope);
  }

  /** The batch: its id (kept for reruns), the center and the file's source line. */
  public ImportBatch batch() {
    return new ImportBatch(envelope.center(), envelope.batch(), envelope.source());
  }

  /** Who imports {@code register}: a member of staff in a role of a department of the batch's center. */
  public Actor importer(String register) {
    Importers importers = envelope.importers();
    Importer who = importers == null ? null : switch (register) {
      case ImportDesk.TENANCIES -> importers.tenancies();
      case ImportDesk.KEYS -> importers.keys();
      case ImportDesk.EQUIPMENT -> importers.equipment();
      case ImportDesk.CONTRACTS -> importers.contracts();
      default -> null;
    };
    if (who == null || who.staff() == null || who.role() == null || who.department() == null || envelope.center() == null) {
      throw new IllegalArgumentException("the file names no importer of " + register + " (importers." + register + ")");
    }
    return new Actor(who.staff(), who.role(), who.department(), Set.of(envelope.center()));
  }

  public ReadRows<TenancyRow> tenancies() {
    return rows(envelope.tenancies(), TenancyRow.class);
  }

  public ReadRows<KeyRow> keys() {
    return rows(envelope.keys(), KeyRow.class);
  }

  public ReadRows<DeviceRow> equipment() {
    return rows(envelope.equipment(), DeviceRow.class);
  }

  public ReadRows<ContractRow> contracts() {
    return rows(envelope.contracts(), ContractRow.class);
  }

  /** Each row of a register read as a {@code type}; a row that cannot be read is kept as null in its place. */
  private static <R> ReadRows<R> rows(ArrayNode register, Class<R> type) {
    List<R> rows = new ArrayList<>();
    Map<Integer, List<FieldError>> unreadable = new LinkedHashMap<>();
    if (register == null) {
      return new ReadRows<>(rows, unreadable);
    }
    for (JsonNode one : register) {
      int number = rows.size() + 1;
      rows.add(BizCenterJson.read(one, type).fold(invalid -> {
        unreadable.put(number, invalid.errors().stream().map(BuildingFile::inTheRow).toList());
        return null;
      }, row -> row));
    }
    return new ReadRows<>(rows, unreadable);
  }

  /** The row is the document read: the wire format's {@code $} for it is the report's {@code row}, as for a row missing. */
  private static FieldError inTheRow(FieldError error) {
    return error.field().equals("$") ? new FieldError("row", error.problem(), error.arguments()) : error;
  }
}
