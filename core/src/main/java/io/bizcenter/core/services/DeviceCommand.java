package io.bizcenter.core.services;

import static io.bizcenter.core.kernel.Field.all;
import static io.bizcenter.core.kernel.Field.line;
import static io.bizcenter.core.kernel.Field.present;
import static io.bizcenter.core.kernel.Field.text;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.ImportSource;
import io.bizcenter.core.kernel.TimeRange;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands of the equipment register (SV-1.1, SV-1.2), in the imperative; each checks its own fields; which step it
 * triggers is declared once, in {@link EquipmentProcedure}.
 */
public sealed interface DeviceCommand extends Command {
  int NAME = 100;
  int NOTE = 1000;
  int REFERENCE = 64;
  /** Maintenance at least once every ten years; anything longer is a typing error. */
  int LONGEST_MAINTENANCE_INTERVAL = 3650;


  Validation<Seq<FieldError>, DeviceCommand> check();

  /**
   * {@link #check()}, then, for a command with a field that must not lie ahead of the time it is decided at, that field
   * against {@code now}. Most commands have none, and do not read the clock.
   */
  default Validation<Seq<FieldError>, DeviceCommand> check(InstantSource now) {
    return check();
  }

  /** A command on a registered device. */
  sealed interface OnDevice extends DeviceCommand, Command.OnCase {
    DeviceId deviceId();

    default String caseId() {
      return deviceId() == null ? null : deviceId().value();
    }
  }

  /** SV-1.1: a device joins the register, with how often it is maintained (SV-1.2). */
  record RegisterDevice(CommandId commandId, CenterId center, EquipmentKind kind, String name, int maintenanceEveryDays)
      implements DeviceCommand {
    public Validation<Seq<FieldError>, DeviceCommand> check() {
      Validation<FieldError, Integer> interval = maintenanceEveryDays >= 1 && maintenanceEveryDays <= LONGEST_MAINTENANCE_INTERVAL
          ? Validation.valid(maintenanceEveryDays)
          : Validation.invalid(FieldError.of("maintenanceEveryDays", FieldError.Problem.MALFORMED));
      return all(this, present("kind", kind), line("name", name, NAME), interval);
    }
  }

  /**
   * GS-6: a device of the building's register, in service when the building comes to the library, checked as a
   * registration is (SV-1.1), with when it was last maintained (null: never since it was installed; then its schedule
   * counts from the import). A time still to come is refused when the import is decided.
   */
  record ImportDevice(CommandId commandId, CenterId center, EquipmentKind kind, String name, int maintenanceEveryDays,
      Instant lastMaintainedAt, ImportSource source) implements DeviceCommand {
    public Validation<Seq<FieldError>, DeviceCommand> check() {
      List<Validation<FieldError, ?>> checks = new ArrayList<>();
      checks.add(present("kind", kind));
      checks.add(line("name", name, NAME));
      checks.add(maintenanceEveryDays >= 1 && maintenanceEveryDays <= LONGEST_MAINTENANCE_INTERVAL
          ? Validation.valid(maintenanceEveryDays)
          : Validation.invalid(FieldError.of("maintenanceEveryDays", FieldError.Problem.MALFORMED)));
      checks.add(lastMaintainedAt == null || TimeRange.isReading(lastMaintainedAt)
          ? Validation.valid("")
          : Validation.invalid(FieldError.of("lastMaintainedAt", FieldError.Problem.MALFORMED)));
      checks.addAll(ImportSource.checks("source", source));
      @SuppressWarnings("unchecked")
      Validation<FieldError, ?>[] array = checks.toArray(Validation[]::new);
      return all(this, array);
    }

    /**
     * The register's last maintenance is a time past: one still to come is a typing error of the row. A clock that reads
     * no time decides nothing here: the command path answers it.
     */
    @Override
    public Validation<Seq<FieldError>, DeviceCommand> check(InstantSource now) {
      return check().flatMap(valid -> {
        Instant at = lastMaintainedAt == null ? null : now.instant();
        return at != null && TimeRange.isReading(at) && lastMaintainedAt.isAfter(at)
            ? Validation.invalid(io.vavr.collection.List.of(FieldError.of("lastMaintainedAt", FieldError.Problem.NOT_ALLOWED)))
            : Validation.valid(valid);
      });
    }
  }

  /** SV-1.2: the scheduled maintenance was done. */
  record RecordMaintenance(CommandId commandId, CenterId center, DeviceId deviceId, String note) implements OnDevice {
    public Validation<Seq<FieldError>, DeviceCommand> check() {
      return on(this, text("note", note, NOTE));
    }
  }

  /** SV-1.2: the device is faulty; it is out of use from now on. */
  record ReportFault(CommandId commandId, CenterId center, DeviceId deviceId, String fault) implements OnDevice {
    public Validation<Seq<FieldError>, DeviceCommand> check() {
      return on(this, text("fault", fault, NOTE));
    }
  }

  /**
   * SV-1.2: a professional repaired it. {@code repairedBy} names the professional as a department or a firm
   * (Engineering, the maker's service), not a person, so it is no personal data.
   */
  record RecordRepair(CommandId commandId, CenterId center, DeviceId deviceId, String repairedBy, String report) implements OnDevice {
    public Validation<Seq<FieldError>, DeviceCommand> check() {
      return on(this, line("repairedBy", repairedBy, NAME), text("report", report, NOTE));
    }
  }

  /** SV-1.1: the device leaves the register. */
  record RetireDevice(CommandId commandId, CenterId center, DeviceId deviceId, String reason) implements OnDevice {
    public Validation<Seq<FieldError>, DeviceCommand> check() {
      return on(this, text("reason", reason, NOTE));
    }
  }

  @SafeVarargs
  private static Validation<Seq<FieldError>, DeviceCommand> on(OnDevice c, Validation<FieldError, ?>... fields) {
    List<Validation<FieldError, ?>> checks = new ArrayList<>(List.of(fields));
    checks.add(0, present("deviceId", c.deviceId()).flatMap(i -> line("deviceId", i.value(), REFERENCE)));
    @SuppressWarnings("unchecked")
    Validation<FieldError, ?>[] array = checks.toArray(Validation[]::new);
    return all(c, array);
  }
}
