package io.bizcenter.examples.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.HeldOriginals;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.contracts.Terms;
import io.bizcenter.core.imports.ContractRow;
import io.bizcenter.core.imports.DeviceRow;
import io.bizcenter.core.imports.ImportBatch;
import io.bizcenter.core.imports.KeyRow;
import io.bizcenter.core.imports.TenancyRow;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.FurnitureKind;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.HolderKind;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.tenancy.ClientContact;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A building's current state in one JSON file, read into the library's import rows (see docs/importing.md for the
 * format): the batch (its id, the center, what it was read from), who imports each register, and the four registers,
 * tenancies, keys, equipment and contracts. Reading checks only that each value is what it claims to be; every rule
 * is the library's, row by row, when the rows are imported.
 */
public final class BuildingFile {
  /** Registers bigger than this are another kind of file: a typing error, not a building. */
  static final int MOST_ROWS = 100_000;

  private final JsonNode root;

  private BuildingFile(JsonNode root) {
    this.root = root;
  }

  /** The file's JSON; a file that is no JSON object at all is refused as a whole, with Jackson's own reason. */
  public static BuildingFile read(InputStream json) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IOException("not a building file: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException("not a building file: the file is no JSON object");
    }
    return new BuildingFile(root);
  }

  /** The batch: its id (kept for reruns), the center and the file's source line. */
  public ImportBatch batch() {
    RowFields top = RowFields.of(root);
    String center = top.text("center");
    return new ImportBatch(center == null ? null : CenterId.of(center), top.text("batch"), top.text("source"));
  }

  /** Who imports {@code register}: a member of staff in a role of a department of the batch's center. */
  public Actor importer(String register) {
    RowFields who = RowFields.of(root.path("importers").path(register));
    Role role = who.name("role", Role.class);
    Department department = who.name("department", Department.class);
    String staff = who.text("staff");
    ImportBatch batch = batch();
    if (staff == null || role == null || department == null || batch.center() == null || !who.unreadable().isEmpty()) {
      throw new IllegalArgumentException("the file names no importer of " + register + " (importers." + register + ")");
    }
    return new Actor(StaffId.of(staff), role, department, java.util.Set.of(batch.center()));
  }

  public ReadRows<TenancyRow> tenancies() {
    return rows("tenancies", row -> new TenancyRow(tenant(row.text("tenant")), row.text("company"), rooms(row.texts("units")),
        row.date("leaseStart"), row.date("leaseExpiry"), row.list("contacts", BuildingFile::contact)));
  }

  public ReadRows<KeyRow> keys() {
    return rows("keys", row -> {
      KeyState state = row.name("state", KeyState.class);
      KeyOrigin origin = row.has("origin") ? row.name("origin", KeyOrigin.class) : state == KeyState.IN_BOX ? KeyOrigin.BACKUP : KeyOrigin.CUT;
      return new KeyRow(lock(row.object("lock")), state, origin, row.has("holder") ? holder(row.object("holder")) : null);
    });
  }

  public ReadRows<DeviceRow> equipment() {
    return rows("equipment", row -> new DeviceRow(row.name("kind", EquipmentKind.class), row.text("name"), row.number("maintenanceEveryDays"),
        row.date("lastMaintained")));
  }

  public ReadRows<ContractRow> contracts() {
    return rows("contracts", row -> {
      RowFields terms = row.object("terms");
      return new ContractRow(row.text("reference"), row.name("type", ContractType.class), tenant(row.text("tenant")),
          row.name("tenantType", TenantType.class),
          row.has("terms") ? new Terms(terms.text("subject"), terms.date("start"), terms.date("end"), terms.money("monthlyCharge"),
              terms.money("deposit")) : null,
          row.text("lease"), row.list("originals", BuildingFile::originals));
    });
  }

  /** Each row of {@code register}, read by {@code read}; a row with a value that cannot be read is kept as null in its place. */
  private <R> ReadRows<R> rows(String register, Function<RowFields, R> read) {
    JsonNode all = root.path(register);
    List<R> rows = new ArrayList<>();
    Map<Integer, List<FieldError>> unreadable = new LinkedHashMap<>();
    if (all.isMissingNode() || all.isNull()) {
      return new ReadRows<>(rows, unreadable);
    }
    if (!all.isArray() || all.size() > MOST_ROWS) {
      throw new IllegalArgumentException(register + " is not a list of at most " + MOST_ROWS + " rows");
    }
    for (JsonNode one : all) {
      RowFields row = RowFields.of(one);
      R value = one.isObject() ? read.apply(row) : null;
      if (!one.isObject()) {
        row.unreadable().add(FieldError.of("row", FieldError.Problem.MALFORMED));
      }
      if (!row.unreadable().isEmpty()) {
        unreadable.put(rows.size() + 1, List.copyOf(row.unreadable()));
        value = null;
      }
      rows.add(value);
    }
    return new ReadRows<>(rows, unreadable);
  }

  private static TenantId tenant(String id) {
    return id == null ? null : TenantId.of(id);
  }

  private static List<RoomId> rooms(List<String> ids) {
    return ids == null ? null : ids.stream().map(id -> id == null ? null : RoomId.of(id)).toList();
  }

  private static ClientContact contact(RowFields contact) {
    String name = contact.text("name");
    String phone = contact.text("phone");
    return new ClientContact(name == null ? null : PersonName.of(name), phone == null ? null : PhoneNumber.of(phone), contact.text("role"));
  }

  /** A lock by its category and the fields the category uses: room, furniture and piece, or name (KY-0.1). */
  private static Lock lock(RowFields lock) {
    KeyCategory category = lock.name("category", KeyCategory.class);
    String room = lock.text("room");
    return new Lock(category, room == null ? null : RoomId.of(room), lock.has("furniture") ? lock.name("furniture", FurnitureKind.class) : null,
        lock.text("name"));
  }

  /** A tenant by its id, or a member of staff by staff id, role, department and employer (KY-1.1). */
  private static Holder holder(RowFields holder) {
    if (holder.has("tenant")) {
      return new Holder(HolderKind.TENANT, holder.text("tenant"), null, null, null);
    }
    return new Holder(HolderKind.STAFF, holder.text("staff"), holder.name("role", Role.class), holder.name("department", Department.class),
        holder.name("employer", Employer.class));
  }

  /** Some originals and who keeps them: one of our departments, or {@code TENANT}. */
  private static HeldOriginals originals(RowFields held) {
    String keeper = held.text("keeper");
    Department department = keeper == null || keeper.equalsIgnoreCase("TENANT") ? null : held.name("keeper", Department.class);
    return new HeldOriginals(department, held.number("count"));
  }
}
