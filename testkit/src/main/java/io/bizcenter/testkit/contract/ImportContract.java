package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractEvent;
import io.bizcenter.core.contracts.ContractRejection;
import io.bizcenter.core.contracts.ContractState;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.Delivery;
import io.bizcenter.core.contracts.HeldOriginals;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.contracts.Terms;
import io.bizcenter.core.imports.ContractRow;
import io.bizcenter.core.imports.DeviceRow;
import io.bizcenter.core.imports.ImportBatch;
import io.bizcenter.core.imports.ImportReport;
import io.bizcenter.core.imports.KeyRow;
import io.bizcenter.core.imports.TenancyRow;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.ImportSource;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.FurnitureKind;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyEvent;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyPolicy;
import io.bizcenter.core.keys.KeyRejection;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceEvent;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.DeviceState;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.tenancy.ClientContact;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInEvent;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.core.tenancy.TenancyPolicy;
import io.bizcenter.core.tenancy.TenancyRejection;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The import of a building already in operation (GS-6), through the desks on the store under test: every row is checked
 * by the rules of its procedure, a refused row writes nothing and the rest go on, each imported case's trail starts with
 * the import naming who imported it and from what, the imported state owes the agenda what it would owe had it come
 * through the library, and a rerun of the batch writes nothing twice.
 */
public abstract class ImportContract extends PortContract {
  private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
  private static final ZoneId ZONE = BusinessCenter.DEFAULT_ZONE;
  private static final ImportBatch BATCH = new ImportBatch(CENTER_A, "harbour-2026-03", "harbour-tower.json");

  private static final Actor SERVICE_MANAGER = Actor.of("svc-mgr", Role.DEPARTMENT_MANAGER, Department.SERVICE, CENTER_A);
  private static final Actor KEY_CONTROLLER = Actor.of("bc-mgr", Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER, CENTER_A);
  private static final Actor OPERATIONS_MANAGER = Actor.of("ops-mgr", Role.DEPARTMENT_MANAGER, Department.OPERATIONS, CENTER_A);
  private static final Actor SECURITY_GUARD = Actor.of("se-1", Role.STAFF, Department.SECURITY, CENTER_A);

  private static final TenantId ACME = TenantId.of("T-ACME");
  private static final TenantId GLOBEX = TenantId.of("T-GLOBEX");
  private static final RoomId R1203 = RoomId.of("1203");
  private static final RoomId R1205 = RoomId.of("1205");
  private static final RoomId R1207 = RoomId.of("1207");
  private static final Holder CLEANER = Holder.staff(StaffId.of("cl-1"), Role.CLEANER, Department.BUSINESS_CENTER, Employer.CENTER_STAFF);
  private static final Holder SUPERVISOR = Holder.staff(StaffId.of("cs-1"), Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER,
      Employer.CENTER_STAFF);

  private BusinessCenter center() {
    return BusinessCenter.builder()
        .storage(storage)
        .notifier(new RecordingNotifier())
        .ids(new SequentialIds("import"))
        .clock(new ManualClock(NOW))
        .build();
  }

  private static TenancyRow tenancy(TenantId tenant, List<RoomId> units, LocalDate expiry) {
    return new TenancyRow(tenant, tenant.value() + " Ltd.", units, LocalDate.of(2024, 7, 1), expiry,
        List.of(ClientContact.of("王小明", "13800138000", "行政")));
  }

  /** Two tenants in occupancy, then a third for a unit the first one rents. */
  private static List<TenancyRow> tenancies() {
    return List.of(
        tenancy(ACME, List.of(R1203, R1205), LocalDate.of(2026, 6, 30)),
        tenancy(GLOBEX, List.of(R1207), LocalDate.of(2027, 12, 31)),
        tenancy(TenantId.of("T-LATE"), List.of(R1205), LocalDate.of(2027, 1, 31)));
  }

  /**
   * The key register: backups, the tenant's copies (the first naming no origin), the master keys (one too many), a lost
   * key, a key for a room not rented.
   */
  private static List<KeyRow> keys() {
    return List.of(
        KeyRow.inBox(Lock.officeDoor(R1203)),
        KeyRow.inBox(Lock.officeDoor(R1203)),
        new KeyRow(Lock.officeDoor(R1203), KeyState.HELD, null, Holder.tenant(ACME)),
        KeyRow.held(Lock.officeDoor(R1205), Holder.tenant(ACME)),
        new KeyRow(Lock.officeDoor(R1205), KeyState.HELD, KeyOrigin.CLIENT_MADE, Holder.tenant(ACME)),
        KeyRow.held(Lock.master(), CLEANER),
        KeyRow.held(Lock.master(), SUPERVISOR),
        KeyRow.lost(Lock.master(), CLEANER),
        KeyRow.held(Lock.master(), SUPERVISOR),
        KeyRow.inBox(Lock.officeDoor(R1207)),
        KeyRow.held(Lock.officeDoor(R1207), Holder.tenant(ACME)),
        KeyRow.inBox(Lock.furniture(R1203, FurnitureKind.DESK, "A")),
        KeyRow.held(Lock.workstation("WS-3"), SUPERVISOR));
  }

  private static List<DeviceRow> equipment() {
    return List.of(
        new DeviceRow(EquipmentKind.PRINTER, "HP LaserJet 4F", 90, LocalDate.of(2026, 1, 15)),
        new DeviceRow(EquipmentKind.FAX, "Canon Fax L100", 180, null),
        new DeviceRow(EquipmentKind.COMPUTER, "Dell OptiPlex", 365, LocalDate.of(2026, 4, 1)),
        new DeviceRow(EquipmentKind.PROJECTOR_AND_SCREEN, " ", 30, LocalDate.of(2026, 2, 1)));
  }

  private static Terms terms(String subject, String monthly) {
    return new Terms(subject, LocalDate.of(2024, 7, 1), LocalDate.of(2026, 6, 30), Money.yuan(monthly), Money.yuan(monthly).times(2));
  }

  private static List<ContractRow> contracts() {
    List<HeldOriginals> whereabouts = List.of(HeldOriginals.by(Department.ADMINISTRATION, 1), HeldOriginals.by(Department.FINANCE, 1),
        HeldOriginals.byTenant(2));
    return List.of(
        new ContractRow("L-2024-031", ContractType.LEASE, ACME, TenantType.COMPANY, terms("1203, 1205 室", "42000.00"), null, whereabouts),
        new ContractRow("P-2024-007", ContractType.PARKING, ACME, TenantType.COMPANY, terms("B2-017 车位", "800.00"), "L-2024-031",
            List.of(HeldOriginals.by(Department.ADMINISTRATION, 1), HeldOriginals.byTenant(1))),
        new ContractRow("P-2024-099", ContractType.PARKING, ACME, TenantType.COMPANY, terms("B2-018 车位", "800.00"), "L-1999-000",
            List.of(HeldOriginals.byTenant(2))),
        new ContractRow("L-2024-044", ContractType.LEASE, GLOBEX, TenantType.COMPANY, terms("1207 室", "21000.00"), null,
            List.of(HeldOriginals.by(Department.FINANCE, 1), HeldOriginals.by(Department.FINANCE, 1), HeldOriginals.byTenant(1))));
  }

  private List<AuditEntry> trail(String procedure, String caseId) {
    return storage.eventLog().trail(CENTER_A, procedure, caseId);
  }

  private static ImportReport.Accepted accepted(ImportReport report, int row) {
    ImportReport.Row outcome = report.rows().get(row - 1);
    assertInstanceOf(ImportReport.Accepted.class, outcome, () -> report.register() + " row " + row + ": " + outcome);
    return (ImportReport.Accepted) outcome;
  }

  private static ImportReport.Refused refused(ImportReport report, int row) {
    ImportReport.Row outcome = report.rows().get(row - 1);
    assertInstanceOf(ImportReport.Refused.class, outcome, () -> report.register() + " row " + row + ": " + outcome);
    return (ImportReport.Refused) outcome;
  }

  /** The trail's first entry is the import: the declared step, its clause, who imported, and the batch's row and source. */
  private void startsWithTheImport(String procedure, String caseId, String action, Actor importer, String register, int row) {
    List<AuditEntry> trail = trail(procedure, caseId);
    assertTrue(!trail.isEmpty(), procedure + " " + caseId + " has a trail");
    AuditEntry first = trail.get(0);
    assertEquals(action, first.action());
    assertEquals("GS-6", first.clause().id());
    assertEquals(Optional.empty(), first.from(), "the import opens the case");
    assertEquals(importer.staff(), first.staff(), "who imported it");
    assertEquals(importer.role(), first.role());
    assertEquals(BATCH.row(register, row).commandId(), first.commandId(), "the row's import id");
    ImportSource source = first.events().stream().map(ImportContract::sourceOf).flatMap(Optional::stream).findFirst()
        .orElseThrow(() -> new AssertionError("the import entry names its source: " + first.events()));
    assertEquals(BATCH.row(register, row), source, "from what");
  }

  private static Optional<ImportSource> sourceOf(Object event) {
    if (event instanceof MoveInEvent.TenancyImported t) {
      return Optional.of(t.source());
    }
    if (event instanceof KeyEvent.KeyImported k) {
      return Optional.of(k.source());
    }
    if (event instanceof DeviceEvent.DeviceImported d) {
      return Optional.of(d.source());
    }
    if (event instanceof ContractEvent.ContractImported c) {
      return Optional.of(c.source());
    }
    return Optional.empty();
  }

  @Test
  @DisplayName("GS-6 MI-1.1 MI-6.3 MO-1.1 a tenant in occupancy is imported as a completed move-in whose lease is watched and whose renewal visit falls due as through the library; a unit taken is refused, naming the row and the field")
  void tenanciesAreCompletedMoveInsWithTheirLeaseWatched() {
    BusinessCenter center = center();
    ImportReport report = center.imports().tenancies(BATCH, tenancies(), SERVICE_MANAGER);

    MoveIn acme = center.tenancy().find(SERVICE_MANAGER, CENTER_A, MoveInId.of(accepted(report, 1).caseId())).get();
    assertEquals(MoveInState.COMPLETED, acme.state());
    assertEquals(List.of(R1203, R1205), acme.units());
    assertEquals(LocalDate.of(2026, 6, 30), acme.leaseExpiry());
    assertEquals(1, acme.contacts().size());
    startsWithTheImport("move-ins", acme.id().value(), "IMPORT_TENANCY", SERVICE_MANAGER, "tenancies", 1);

    RenewalVisit lease = center.tenancy().leaseOf(SERVICE_MANAGER, CENTER_A, acme.id()).get();
    assertEquals(RenewalVisitState.WATCHED, lease.state());
    LocalDate visit = TenancyPolicy.defaults().renewalVisitDue(LocalDate.of(2026, 6, 30));
    assertEquals(visit, lease.visitDue());
    List<AgendaItem> owed = storage.agenda().forCase(CENTER_A, "renewal-visits", lease.id().value());
    assertEquals(1, owed.size(), "the renewal visit is on the agenda: " + owed);
    assertEquals(visit.atStartOfDay(ZONE).toInstant(), owed.get(0).availableFrom());
    assertEquals(List.of(), storage.agenda().forCase(CENTER_A, "move-ins", acme.id().value()), "a completed move-in owes nothing");

    accepted(report, 2);
    ImportReport.Refused late = refused(report, 3);
    assertInstanceOf(TenancyRejection.UnitOccupied.class, late.rejection());
    assertEquals(List.of("units"), late.fields());
    assertTrue(late.message("tenancies", Locale.ENGLISH).contains("row 3"), late.message("tenancies", Locale.ENGLISH));
    assertEquals(2, storage.moveIns().all(CENTER_A).size(), "the refused row wrote nothing");
    assertEquals(2, storage.renewalVisits().all(CENTER_A).size());
  }

  @Test
  @DisplayName("GS-6 KY-1.1 KY-1.4 KY-2.1 KY-2.2 KY-2.3 KY-3.2 the key register is imported as it stands and checked by key control's rules on the imported state: the master keys beyond the count (lost ones included) and a key for a room the tenant does not rent are refused, the rest goes on")
  void theKeyRegisterIsCheckedOnTheImportedState() {
    BusinessCenter center = center();
    center.imports().tenancies(BATCH, tenancies(), SERVICE_MANAGER);
    ImportReport report = center.imports().keys(BATCH, keys(), KEY_CONTROLLER);

    Key backup = storage.keys().find(CENTER_A, accepted(report, 1).caseId()).get();
    assertEquals(KeyState.IN_BOX, backup.state());
    assertEquals(KeyOrigin.BACKUP, backup.origin());
    Key copy = storage.keys().find(CENTER_A, accepted(report, 3).caseId()).get();
    assertEquals(KeyState.HELD, copy.state());
    assertEquals(Optional.of(Holder.tenant(ACME)), copy.holder());
    assertEquals(KeyOrigin.CUT, copy.origin(), "a held key whose row names no origin was cut by the center");
    assertEquals(List.of(), copy.charges(), "a copy imported was charged before the import");
    startsWithTheImport("keys", copy.id().value(), "IMPORT_HELD", KEY_CONTROLLER, "keys", 3);

    // KY-2.3: a copy the center cut needs the lock's backup in the box; 1205's has none
    ImportReport.Refused noBackup = refused(report, 4);
    assertInstanceOf(KeyRejection.NoBackupInTheBox.class, noBackup.rejection());
    assertEquals(List.of("lock"), noBackup.fields());
    // KY-2.2: the client's own copy needs none, and is the client's liability
    Key clientMade = storage.keys().find(CENTER_A, accepted(report, 5).caseId()).get();
    assertEquals(Optional.of(ACME), clientMade.liableTenant());
    // KY-1.4: three master keys by default, the lost one counted: the fourth is refused
    accepted(report, 6);
    accepted(report, 7);
    Key lost = storage.keys().find(CENTER_A, accepted(report, 8).caseId()).get();
    assertEquals(KeyState.LOST, lost.state());
    assertEquals(Optional.of(CLEANER), lost.lostBy());
    ImportReport.Refused fourth = refused(report, 9);
    assertInstanceOf(KeyRejection.MasterKeyCountReached.class, fourth.rejection());
    assertEquals(List.of("lock"), fourth.fields());
    assertEquals(KeyPolicy.defaults().masterKeys(), storage.keys().inRegister(CENTER_A, KeyCategory.MASTER));
    // KY-2.1: ACME does not rent 1207 (GLOBEX does)
    accepted(report, 10);
    ImportReport.Refused notRented = refused(report, 11);
    assertInstanceOf(KeyRejection.RoomNotRented.class, notRented.rejection());
    assertEquals(List.of("holder"), notRented.fields());
    accepted(report, 12);
    accepted(report, 13);

    assertEquals(10, report.accepted().size());
    assertEquals(10, storage.keys().all(CENTER_A).size(), "refused rows wrote nothing");
    assertEquals(List.of(), storage.agenda().forCase(CENTER_A, "keys", copy.id().value()), "only a lent key owes the agenda");
  }

  @Test
  @DisplayName("GS-6 SV-1.1 SV-1.2 a device is imported in service and its next maintenance falls due on its schedule from its last; a blank name and a maintenance still to come are refused naming the field")
  void equipmentIsMaintainedOnItsScheduleFromItsLastMaintenance() {
    BusinessCenter center = center();
    List<DeviceRow> rows = new ArrayList<>(equipment());
    ImportReport report = center.imports().equipment(BATCH, rows, KEY_CONTROLLER);

    Device printer = center.services().device(KEY_CONTROLLER, CENTER_A, DeviceId.of(accepted(report, 1).caseId())).get();
    assertEquals(DeviceState.IN_SERVICE, printer.state());
    Instant lastMaintained = LocalDate.of(2026, 1, 15).atStartOfDay(ZONE).toInstant();
    assertEquals(Optional.of(lastMaintained), printer.lastMaintainedAt());
    assertEquals(LocalDate.of(2026, 4, 15).atStartOfDay(ZONE).toInstant(), printer.maintenanceDue(ZONE));
    List<AgendaItem> owed = storage.agenda().forCase(CENTER_A, "equipment", printer.id().value());
    assertEquals(1, owed.size());
    assertEquals(printer.maintenanceDue(ZONE), owed.get(0).dueAt(), "the maintenance is owed on its schedule");
    startsWithTheImport("equipment", printer.id().value(), "IMPORT", KEY_CONTROLLER, "equipment", 1);

    Device fax = storage.equipment().find(CENTER_A, accepted(report, 2).caseId()).get();
    assertEquals(Optional.empty(), fax.lastMaintainedAt());
    assertEquals(NOW.atZone(ZONE).plusDays(180).toInstant(), fax.maintenanceDue(ZONE), "never maintained: its schedule counts from the import");

    ImportReport.Refused ahead = refused(report, 3);
    assertEquals(List.of("lastMaintained"), ahead.fields());
    assertInstanceOf(Rejection.InvalidInput.class, ahead.rejection());
    ImportReport.Refused blank = refused(report, 4);
    assertEquals(List.of("name"), blank.fields());
    assertEquals(2, storage.equipment().all(CENTER_A).size(), "refused rows wrote nothing");
  }

  @Test
  @DisplayName("GS-6 CS-4.1 CS-5.1 a contract in force is imported closed with where its originals are; a parking agreement names its lease by the lease's reference, an unknown lease is refused naming the field, and so are originals kept twice by one department")
  void contractsInForceKeepTheWhereaboutsOfTheirOriginals() {
    BusinessCenter center = center();
    ImportReport report = center.imports().contracts(BATCH, contracts(), OPERATIONS_MANAGER);

    ImportReport.Accepted leaseRow = accepted(report, 1);
    assertEquals("L-2024-031", leaseRow.reference());
    Contract lease = storage.contracts().find(CENTER_A, leaseRow.caseId()).get();
    assertEquals(ContractState.CLOSED, lease.state());
    assertTrue(lease.isIssued());
    assertEquals(4, lease.originals().count());
    assertEquals(List.of(Department.ADMINISTRATION, Department.FINANCE), lease.originals().ours());
    assertEquals(List.of(Optional.of(Department.ADMINISTRATION), Optional.of(Department.FINANCE), Optional.empty()),
        lease.deliveries().stream().map(Delivery::to).toList());
    assertEquals(List.of(), lease.pendingDeliveries(), "every original is where the row says");
    startsWithTheImport("contracts", lease.id().value(), "IMPORT_CONTRACT", OPERATIONS_MANAGER, "contracts", 1);
    assertEquals(List.of(), storage.agenda().forCase(CENTER_A, "contracts", lease.id().value()), "a contract in force owes nothing");

    Contract parking = storage.contracts().find(CENTER_A, accepted(report, 2).caseId()).get();
    assertEquals(Optional.of(lease.id()), parking.lease());
    ImportReport.Refused unknownLease = refused(report, 3);
    assertInstanceOf(ContractRejection.NoSuchLease.class, unknownLease.rejection());
    assertEquals(List.of("lease"), unknownLease.fields());
    ImportReport.Refused twice = refused(report, 4);
    assertEquals(List.of("originals.keeper"), twice.fields());
    assertEquals(2, storage.contracts().all(CENTER_A).size(), "refused rows wrote nothing");
  }

  @Test
  @DisplayName("GS-2 GS-6 a rerun of the same batch by the same importer writes nothing twice: every accepted row answers its first import, the refused rows are refused again, and the trail, the stores and the agenda are as they were")
  void aRerunWritesNothingTwice() {
    BusinessCenter center = center();
    List<ImportReport> first = importAll(center);
    List<Integer> trails = everyTrailLength();
    int moveIns = storage.moveIns().all(CENTER_A).size();
    int leases = storage.renewalVisits().all(CENTER_A).size();
    int keys = storage.keys().all(CENTER_A).size();
    int devices = storage.equipment().all(CENTER_A).size();
    int contracts = storage.contracts().all(CENTER_A).size();

    List<ImportReport> again = importAll(center());

    for (int r = 0; r < first.size(); r++) {
      ImportReport before = first.get(r);
      ImportReport after = again.get(r);
      assertEquals(before.rows().size(), after.rows().size());
      for (int i = 0; i < before.rows().size(); i++) {
        ImportReport.Row was = before.rows().get(i);
        ImportReport.Row is = after.rows().get(i);
        if (was instanceof ImportReport.Accepted a) {
          assertEquals(new ImportReport.Accepted(a.row(), a.reference(), a.caseId(), true), is, before.register() + " row " + a.row());
          assertTrue(!a.earlier(), "the first run wrote it");
        } else {
          assertEquals(was, is, before.register() + " row " + was.row() + " is refused again, for the same reason");
        }
      }
      assertEquals(0, after.written(), after.register() + ": the rerun wrote nothing");
    }
    assertEquals(trails, everyTrailLength(), "no audit entry twice");
    assertEquals(moveIns, storage.moveIns().all(CENTER_A).size());
    assertEquals(leases, storage.renewalVisits().all(CENTER_A).size());
    assertEquals(keys, storage.keys().all(CENTER_A).size());
    assertEquals(devices, storage.equipment().all(CENTER_A).size());
    assertEquals(contracts, storage.contracts().all(CENTER_A).size());
  }

  @Test
  @DisplayName("GS-5 GS-6 an importer outside the register's seats is refused on every row, naming the row, and nothing is written")
  void onlyTheRegistersKeepersImport() {
    BusinessCenter center = center();
    ImportReport report = center.imports().tenancies(BATCH, tenancies(), SECURITY_GUARD);

    assertEquals(3, report.refused().size());
    report.refused().forEach(r -> {
      assertInstanceOf(Rejection.ActorNotPermitted.class, r.rejection());
      assertEquals(List.of(), r.fields(), "about the row as a whole");
    });
    assertEquals(List.of(), storage.moveIns().all(CENTER_A));
    for (int row = 1; row <= 3; row++) {
      assertTrue(storage.receipts().find(CENTER_A, BATCH.row("tenancies", row).commandId()).isEmpty(), "no receipt for row " + row);
    }
  }

  @Test
  @DisplayName("GS-6 CS-5.1 two contracts under one reference: the second is refused naming the reference, so the lease a later agreement names is the first")
  void aReferenceNamesOneContract() {
    BusinessCenter center = center();
    List<ContractRow> rows = List.of(contracts().get(0),
        new ContractRow("L-2024-031", ContractType.LEASE, ACME, TenantType.COMPANY, terms("1207 室", "1.00"), null, List.of(HeldOriginals.byTenant(1))),
        contracts().get(1));
    ImportReport report = center.imports().contracts(BATCH, rows, OPERATIONS_MANAGER);

    Contract lease = storage.contracts().find(CENTER_A, accepted(report, 1).caseId()).get();
    assertEquals(List.of("reference"), refused(report, 2).fields());
    assertInstanceOf(Rejection.InvalidInput.class, refused(report, 2).rejection());
    assertEquals(Optional.of(lease.id()), storage.contracts().find(CENTER_A, accepted(report, 3).caseId()).get().lease());
    assertEquals(2, storage.contracts().all(CENTER_A).size(), "the refused row wrote nothing");
  }

  @Test
  @DisplayName("GS-6 a batch whose source line cannot be kept is refused once, as the batch's, and no row is written")
  void aBadBatchIsRefusedOnceBeforeAnyRow() {
    BusinessCenter center = center();
    ImportBatch forged = new ImportBatch(CENTER_A, "harbour-2026-03", "harbour-tower.json\nFAKE LINE: all rows imported");
    ImportReport report = center.imports().tenancies(forged, tenancies(), SERVICE_MANAGER);

    assertEquals(1, report.rows().size(), () -> report.rows().toString());
    ImportReport.Refused batch = (ImportReport.Refused) report.rows().get(0);
    assertEquals(0, batch.row());
    assertEquals(List.of("batch.source"), batch.fields());
    assertEquals(List.of(), storage.moveIns().all(CENTER_A));
  }

  private List<ImportReport> importAll(BusinessCenter center) {
    return List.of(
        center.imports().tenancies(BATCH, tenancies(), SERVICE_MANAGER),
        center.imports().keys(BATCH, keys(), KEY_CONTROLLER),
        center.imports().equipment(BATCH, equipment(), KEY_CONTROLLER),
        center.imports().contracts(BATCH, contracts(), OPERATIONS_MANAGER));
  }

  /** The length of every case's trail, case by case, in the stores' order. */
  private List<Integer> everyTrailLength() {
    List<Integer> lengths = new ArrayList<>();
    storage.moveIns().all(CENTER_A).forEach(c -> lengths.add(trail("move-ins", c.id().value()).size()));
    storage.renewalVisits().all(CENTER_A).forEach(c -> lengths.add(trail("renewal-visits", c.id().value()).size()));
    storage.keys().all(CENTER_A).forEach(c -> lengths.add(trail("keys", c.id().value()).size()));
    storage.equipment().all(CENTER_A).forEach(c -> lengths.add(trail("equipment", c.id().value()).size()));
    storage.contracts().all(CENTER_A).forEach(c -> lengths.add(trail("contracts", c.id().value()).size()));
    return lengths;
  }
}
