package io.bizcenter.core.imports;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractCommand;
import io.bizcenter.core.contracts.ContractDesk;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractRejection;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.ImportSource;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyDesk;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyRejection;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.port.Receipts;
import io.bizcenter.core.services.DeviceCommand;
import io.bizcenter.core.services.ServiceDesk;
import io.bizcenter.core.tenancy.MoveInCommand;
import io.bizcenter.core.tenancy.TenancyDesk;
import io.bizcenter.core.tenancy.TenancyRejection;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Brings a building already in operation into the library (GS-6), one register at a time, in this order: tenancies,
 * then keys (a tenant's key needs its tenancy), equipment, contracts. Each row becomes the import command of its
 * procedure, a declared step with the clause GS-6, and takes the one command path: checked by the same field checks and
 * rules as a command (a tenant's units must be free, a key's holder must be allowed to hold it, the master-key count
 * holds), audited with who imported it and from what ({@link ImportSource}), on the agenda as the state owes.
 *
 * <p>Each row is its own unit of work: a refused row writes nothing, and the rows after it go on, so that one import
 * shows every row to correct. The report lists each row accepted or refused, in the batch's order. A row's command id is
 * derived from the batch id, the register and the row number, so a rerun of the same batch by the same importer answers
 * each accepted row with its first import and writes nothing twice, and decides again only the rows refused before (an
 * importer in another seat is refused {@code COMMAND_ID_REUSED} on those rows). Rows must therefore keep their numbers
 * between runs: correct a refused row in place.
 */
public final class ImportDesk {
  public static final String TENANCIES = "tenancies";
  public static final String KEYS = "keys";
  public static final String EQUIPMENT = "equipment";
  public static final String CONTRACTS = "contracts";

  private final TenancyDesk tenancy;
  private final KeyDesk keys;
  private final ServiceDesk services;
  private final ContractDesk contracts;
  private final Receipts receipts;
  private final Function<CenterId, ZoneId> zones;

  public ImportDesk(TenancyDesk tenancy, KeyDesk keys, ServiceDesk services, ContractDesk contracts, Receipts receipts,
      Function<CenterId, ZoneId> zones) {
    this.tenancy = tenancy;
    this.keys = keys;
    this.services = services;
    this.contracts = contracts;
    this.receipts = receipts;
    this.zones = zones;
  }

  /**
   * Tenants in occupancy, each a completed move-in (MI-6.3) whose lease is watched from the import on (MO-1.1), so the
   * renewal visit falls due as for a tenant who moved in through the library. Imported by Service's department manager.
   */
  public ImportReport tenancies(ImportBatch batch, List<TenancyRow> rows, Actor importer) {
    return run(batch, TENANCIES, rows, (row, source) -> {
      MoveInCommand.ImportTenancy command = new MoveInCommand.ImportTenancy(source.commandId(), batch.center(), row.tenant(), row.company(),
          row.units(), row.leaseStart(), row.leaseExpiry(), row.contacts(), source);
      return tenancy.handle(command, importer).map(m -> m.id().value());
    }, RowFields.SAME, ImportDesk::tenancyField);
  }

  /**
   * The key register as it stands: backups in the box, keys in their holders' hands, lost keys, each checked by the rules
   * of key control on the imported state (KY-1.1, KY-1.4, KY-2.1, KY-2.2, KY-2.3, KY-3.1, KY-3.2, KY-4.1). Import the
   * tenancies first, and list a lock's backups before the copies cut from them. A held key whose row names no origin is
   * one the center cut ({@link KeyRow}). Imported by the register's controllers.
   */
  public ImportReport keys(ImportBatch batch, List<KeyRow> rows, Actor importer) {
    return run(batch, KEYS, rows, (row, source) -> {
      CommandId id = source.commandId();
      KeyCommand command = row.state() == KeyState.HELD
          ? new KeyCommand.ImportHeldKey(id, batch.center(), row.lock(), row.origin() == null ? KeyOrigin.CUT : row.origin(), row.holder(),
              source)
          : row.state() == KeyState.LOST
              ? new KeyCommand.ImportLostKey(id, batch.center(), row.lock(), row.holder(), source)
              : row.state() == KeyState.IN_BOX && row.holder() == null ? new KeyCommand.ImportBackup(id, batch.center(), row.lock(), source)
                  : null;
      if (command == null) {
        // a backup in the box has no holder; a key is imported in the box, in hands or lost, nowhere else
        FieldError error = row.state() == null ? FieldError.of("state", FieldError.Problem.MISSING)
            : FieldError.of(row.state() == KeyState.IN_BOX ? "holder" : "state", FieldError.Problem.NOT_ALLOWED);
        return Either.left(new Rejection.InvalidInput(List.of(error)));
      }
      return keys.handle(command, importer).map(k -> k.id().value());
    }, KEY_FIELDS, ImportDesk::keyField);
  }

  /** The equipment register: devices in service, each maintained next on its schedule from its last maintenance (SV-1.2). */
  public ImportReport equipment(ImportBatch batch, List<DeviceRow> rows, Actor importer) {
    ZoneId zone = batch == null || batch.center() == null ? null : zones.apply(batch.center());
    return run(batch, EQUIPMENT, rows, (row, source) -> {
      // the day's start in the center's zone; a center without a zone is refused by the command path (TIME_NOT_KNOWN)
      Instant last = row.lastMaintained() == null || zone == null ? null : row.lastMaintained().atStartOfDay(zone).toInstant();
      DeviceCommand.ImportDevice command = new DeviceCommand.ImportDevice(source.commandId(), batch.center(), row.kind(), row.name(),
          row.maintenanceEveryDays(), last, source);
      return services.handle(command, importer).map(d -> d.id().value());
    }, DEVICE_FIELDS, ImportDesk::deviceField);
  }

  /**
   * Contracts in force, closed, with where their originals are (CS-4.1). A parking or phone-line agreement names its lease
   * by the lease's reference in the same batch, imported before it (in this run or an earlier one).
   */
  public ImportReport contracts(ImportBatch batch, List<ContractRow> rows, Actor importer) {
    Map<String, ContractId> leases = new HashMap<>();
    Map<String, Integer> named = new HashMap<>();
    ImportReport report = run(batch, CONTRACTS, rows, (row, source) -> {
      // one reference, one contract: a second row under it would silently become the lease later agreements link to
      Integer first = row.reference() == null ? null : named.putIfAbsent(row.reference(), source.row());
      if (first != null) {
        return Either.left(new Rejection.InvalidInput(List.of(FieldError.of("reference", FieldError.Problem.NOT_ALLOWED))));
      }
      // a lease unknown to this batch is passed on under its own reference, which no contract has: refused CS_NO_SUCH_LEASE
      ContractId lease = row.lease() == null ? null : leases.getOrDefault(row.lease(), ContractId.of(row.lease()));
      ContractCommand.ImportContract command = new ContractCommand.ImportContract(source.commandId(), batch.center(), row.type(),
          row.tenant(), row.tenantType(), row.terms(), lease, row.originals(), source);
      Either<Rejection, Contract> answer = contracts.handle(command, importer);
      answer.forEach(c -> {
        if (row.reference() != null && c.isLease()) {
          leases.put(row.reference(), c.id());
        }
      });
      return answer.map(c -> c.id().value());
    }, RowFields.SAME, ImportDesk::contractField);
    return report;
  }

  /** One row after the other, each in its own unit of work (the command path's transaction); a refusal stops nothing. */
  private <R> ImportReport run(ImportBatch batch, String register, List<R> rows, Importing<R> importing, RowFields rowFields,
      Function<Rejection, List<String>> fields) {
    if (batch == null || rows == null) {
      Rejection missing = new Rejection.InvalidInput(List.of(FieldError.of(batch == null ? "batch" : "rows", FieldError.Problem.MISSING)));
      return new ImportReport(batch == null ? null : batch.id(), register, List.of(new ImportReport.Refused(0, List.of(), missing)));
    }
    // the batch is checked once, before any row: a bad source line is the batch's fault, not every row's
    List<FieldError> batchErrors = new ArrayList<>();
    for (var check : ImportSource.checks("batch", batch.row(register, 1))) {
      if (check.isInvalid() && (check.getError().field().equals("batch.batch") || check.getError().field().equals("batch.source"))) {
        FieldError e = check.getError();
        batchErrors.add(new FieldError(e.field().equals("batch.batch") ? "batch.id" : e.field(), e.problem(), e.arguments()));
      }
    }
    if (!batchErrors.isEmpty()) {
      return new ImportReport(batch.id(), register, List.of(new ImportReport.Refused(0, batchErrors.stream().map(FieldError::field).toList(),
          new Rejection.InvalidInput(batchErrors))));
    }
    List<ImportReport.Row> outcome = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      R row = rows.get(i);
      ImportSource source = batch.row(register, i + 1);
      String reference = row instanceof ContractRow c ? c.reference() : null;
      if (row == null) {
        outcome.add(new ImportReport.Refused(i + 1, List.of(),
            new Rejection.InvalidInput(List.of(FieldError.of("row", FieldError.Problem.MISSING)))));
        continue;
      }
      boolean earlier = batch.center() != null && batch.id() != null && receipts.find(batch.center(), source.commandId()).isDefined();
      Either<Rejection, String> answer = importing.apply(row, source).mapLeft(rowFields::rename);
      int number = i + 1;
      outcome.add(answer.fold(
          rejection -> new ImportReport.Refused(number, fields.apply(rejection), rejection),
          caseId -> new ImportReport.Accepted(number, reference, caseId, earlier)));
    }
    return new ImportReport(batch.id(), register, outcome);
  }

  /** One row into its procedure's import command, answered by the case's id or the rejection. */
  @FunctionalInterface
  private interface Importing<R> {
    Either<Rejection, String> apply(R row, ImportSource source);
  }

  /** How a command's field is named in the row, so that an input error names the field of the row. */
  @FunctionalInterface
  private interface RowFields {
    RowFields SAME = field -> field;

    String of(String commandField);

    /** An input error with the row's field names; any other rejection as it is. */
    default Rejection rename(Rejection rejection) {
      if (rejection instanceof Rejection.InvalidInput invalid) {
        return new Rejection.InvalidInput(invalid.errors().stream()
            .map(e -> new FieldError(of(e.field()), e.problem(), e.arguments()))
            .toList());
      }
      return rejection;
    }
  }

  // the key commands name the holder "to" (held) and "lostBy" (lost): the row names it "holder"
  private static final RowFields KEY_FIELDS = field -> field.startsWith("to") ? "holder" + field.substring(2)
      : field.startsWith("lostBy") ? "holder" + field.substring(6) : field;
  // the device command carries the instant; the row the day
  private static final RowFields DEVICE_FIELDS = field -> field.equals("lastMaintainedAt") ? "lastMaintained" : field;

  /** The row's fields a rejection is about: the fields of an input error, or none. */
  private static List<String> inputFields(Rejection rejection) {
    if (rejection instanceof Rejection.InvalidInput invalid) {
      return invalid.errors().stream().map(FieldError::field).distinct().toList();
    }
    return List.of();
  }

  private static List<String> tenancyField(Rejection rejection) {
    if (rejection instanceof TenancyRejection.UnitOccupied) {
      return List.of("units");
    }
    return inputFields(rejection);
  }

  private static List<String> keyField(Rejection rejection) {
    if (rejection instanceof KeyRejection.MasterKeyCountReached || rejection instanceof KeyRejection.LockKeyCountReached
        || rejection instanceof KeyRejection.NoBackupInTheBox) {
      return List.of("lock");
    }
    if (rejection instanceof KeyRejection) {
      return List.of("holder");
    }
    return inputFields(rejection);
  }

  private static List<String> deviceField(Rejection rejection) {
    return inputFields(rejection);
  }

  private static List<String> contractField(Rejection rejection) {
    if (rejection instanceof ContractRejection.NoSuchLease) {
      return List.of("lease");
    }
    return inputFields(rejection);
  }

}
