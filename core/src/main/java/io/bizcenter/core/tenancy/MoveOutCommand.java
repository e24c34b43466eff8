package io.bizcenter.core.tenancy;

import static io.bizcenter.core.kernel.Field.line;
import static io.bizcenter.core.kernel.Field.present;
import static io.bizcenter.core.kernel.Field.text;
import static io.bizcenter.core.tenancy.Checks.collect;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.StaffId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The commands of a move-out, in the imperative; each checks its own fields, every error collected (GS-1);
 * which step it triggers is declared once, in {@link MoveOutProcedure}.
 */
public sealed interface MoveOutCommand extends Command {
  Validation<Seq<FieldError>, MoveOutCommand> check();

  /** A command on an open move-out. */
  sealed interface OnMoveOut extends MoveOutCommand, Command.OnCase {
    MoveOutId moveOutId();

    default String caseId() {
      return moveOutId() == null ? null : moveOutId().value();
    }
  }

  /**
   * MO-1.1: the client of a completed move-in will leave. The desk opens this itself when the renewal visit records a
   * departure; Service opens it directly when a client leaves before its lease ends. A reason is optional.
   */
  record OpenMoveOut(CommandId commandId, CenterId center, MoveInId moveIn, String reason) implements MoveOutCommand {
    public Validation<Seq<FieldError>, MoveOutCommand> check() {
      return collect(this, List.of(present("moveIn", moveIn).flatMap(id -> Checks.id("moveIn", id.value())),
          Checks.optionalText("reason", reason)));
    }
  }

  /**
   * MO-2.1: Service and Engineering count the unit's equipment and facilities together against the move-in acceptance
   * record and fill the Unit Rectification &amp; Acceptance Form: one line per item, and the engineer who counted.
   */
  record TakeJointInventory(CommandId commandId, CenterId center, MoveOutId moveOutId, StaffId engineer, List<InventoryLine> lines)
      implements OnMoveOut {
    public TakeJointInventory {
      lines = lines == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(lines));
    }

    public Validation<Seq<FieldError>, MoveOutCommand> check() {
      return on(this, List.of(Checks.staff("engineer", engineer), inventory(lines)));
    }

    private static Validation<FieldError, ?> inventory(List<InventoryLine> lines) {
      if (lines == null || lines.stream().anyMatch(Objects::isNull)) {
        return Validation.invalid(FieldError.of("lines", Problem.MISSING));
      }
      if (lines.size() > Checks.MOST_ITEMS) {
        return Validation.invalid(FieldError.of("lines", Problem.TOO_LONG, Checks.MOST_ITEMS));
      }
      Set<String> seen = new HashSet<>();
      for (InventoryLine line : lines) {
        for (Validation<FieldError, ?> one : List.of(line("lines.item", line.item(), Checks.ITEM), present("lines.condition", line.condition()),
            Checks.optionalText("lines.note", line.note()))) {
          if (one.isInvalid()) {
            return Validation.invalid(one.getError());
          }
        }
        if (!seen.add(line.item())) {
          return Validation.invalid(FieldError.of("lines.item", Problem.NOT_ALLOWED));
        }
      }
      return Validation.valid(lines);
    }
  }

  /** MO-2.2: Engineering reads the unit's meter; the reading is kept in duplicate, one copy each for Engineering and Service. */
  record RecordMeterReading(CommandId commandId, CenterId center, MoveOutId moveOutId, String meter, BigDecimal reading) implements OnMoveOut {
    public Validation<Seq<FieldError>, MoveOutCommand> check() {
      return on(this, List.of(line("meter", meter, Checks.REFERENCE), Checks.reading("reading", reading)));
    }
  }

  /** MO-2.3: each item found damaged or missing, and what the client pays for it in CNY; none when nothing is. */
  record AssessDamage(CommandId commandId, CenterId center, MoveOutId moveOutId, List<Compensation> compensations) implements OnMoveOut {
    public AssessDamage {
      compensations = compensations == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(compensations));
    }

    public Validation<Seq<FieldError>, MoveOutCommand> check() {
      return on(this, List.of(charges(compensations)));
    }

    private static Validation<FieldError, ?> charges(List<Compensation> compensations) {
      if (compensations == null || compensations.stream().anyMatch(Objects::isNull)) {
        return Validation.invalid(FieldError.of("compensations", Problem.MISSING));
      }
      if (compensations.size() > Checks.MOST_ITEMS) {
        return Validation.invalid(FieldError.of("compensations", Problem.TOO_LONG, Checks.MOST_ITEMS));
      }
      Set<String> seen = new HashSet<>();
      for (Compensation compensation : compensations) {
        for (Validation<FieldError, ?> one : List.of(line("compensations.item", compensation.item(), Checks.ITEM),
            Checks.money("compensations.amount", compensation.amount()))) {
          if (one.isInvalid()) {
            return Validation.invalid(one.getError());
          }
        }
        if (!seen.add(compensation.item())) {
          return Validation.invalid(FieldError.of("compensations.item", Problem.NOT_ALLOWED));
        }
      }
      return Validation.valid(compensations);
    }
  }

  /**
   * MO-3.3, KY-2.4: the client has left: every door and furniture key of the units came back or was recorded lost in the
   * key register (which charged its compensation).
   */
  record Vacate(CommandId commandId, CenterId center, MoveOutId moveOutId) implements OnMoveOut {
    public Validation<Seq<FieldError>, MoveOutCommand> check() {
      return on(this, List.of());
    }
  }

  /** MO-3.1: Service organises the departed client's file and archives it under {@code archive}. */
  record ArchiveClientFile(CommandId commandId, CenterId center, MoveOutId moveOutId, String archive) implements OnMoveOut {
    public Validation<Seq<FieldError>, MoveOutCommand> check() {
      return on(this, List.of(line("archive", archive, Checks.REFERENCE)));
    }
  }

  /** MO-3.2: Service updates the Tenant Directory and takes down the nameplate; a note is optional. */
  record UpdateDirectoryAndNameplate(CommandId commandId, CenterId center, MoveOutId moveOutId, String note) implements OnMoveOut {
    public Validation<Seq<FieldError>, MoveOutCommand> check() {
      return on(this, List.of(Checks.optionalText("note", note)));
    }
  }

  /**
   * MO-1.1: the client stays after all; Service calls the move-out off, for {@code reason}, at any step before the client
   * leaves (MO-3.3). The lease is watched again ({@link TenancyDesk#handle(MoveOutCommand, io.bizcenter.core.kernel.Actor)}).
   */
  record CallOff(CommandId commandId, CenterId center, MoveOutId moveOutId, String reason) implements OnMoveOut {
    public Validation<Seq<FieldError>, MoveOutCommand> check() {
      return on(this, List.of(text("reason", reason, Checks.NOTE)));
    }
  }

  private static Validation<Seq<FieldError>, MoveOutCommand> on(OnMoveOut c, List<Validation<FieldError, ?>> fields) {
    List<Validation<FieldError, ?>> checks = new ArrayList<>();
    checks.add(present("moveOutId", c.moveOutId()).flatMap(id -> Checks.id("moveOutId", id.value())));
    checks.addAll(fields);
    return collect(c, checks);
  }
}
