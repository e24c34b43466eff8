package io.bizcenter.core.tenancy;

import static io.bizcenter.core.kernel.Field.line;
import static io.bizcenter.core.kernel.Field.present;
import static io.bizcenter.core.tenancy.Checks.collect;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.FieldError;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands of the lease watch (MO-1.1), in the imperative; each checks its own fields, every error collected (GS-1);
 * which step it triggers is declared once, in {@link RenewalVisitProcedure}.
 */
public sealed interface RenewalVisitCommand extends Command {
  Validation<Seq<FieldError>, RenewalVisitCommand> check();

  /** A command on a watched lease. */
  sealed interface OnLease extends RenewalVisitCommand, Command.OnCase {
    RenewalVisitId leaseId();

    default String caseId() {
      return leaseId() == null ? null : leaseId().value();
    }
  }

  /**
   * MO-1.1: Service watches the lease of a completed move-in, from its expiry on the notice. The desk does this itself
   * when a move-in completes; a vendor calls it only for a move-in completed before the watch existed.
   */
  record WatchLease(CommandId commandId, CenterId center, MoveInId moveIn) implements RenewalVisitCommand {
    public Validation<Seq<FieldError>, RenewalVisitCommand> check() {
      return collect(this, List.of(present("moveIn", moveIn).flatMap(id -> Checks.id("moveIn", id.value()))));
    }
  }

  /**
   * MO-1.1: what the client said at the renewal visit: it will renew (handed to contract signing), leave (a move-out
   * opens), or has not decided (reminded to negotiate). A note is optional.
   */
  record RecordIntent(CommandId commandId, CenterId center, RenewalVisitId leaseId, ClientIntent intent, String note) implements OnLease {
    public Validation<Seq<FieldError>, RenewalVisitCommand> check() {
      return on(this, List.of(present("intent", intent), Checks.optionalText("note", note)));
    }
  }

  /** MO-1.1: the renewal is signed: the lease runs to {@code expiry}, under contract {@code contract}, and is watched again. */
  record RecordNewTerm(CommandId commandId, CenterId center, RenewalVisitId leaseId, LocalDate expiry, String contract) implements OnLease {
    public Validation<Seq<FieldError>, RenewalVisitCommand> check() {
      return on(this, List.of(Checks.date("expiry", expiry), line("contract", contract, Checks.REFERENCE)));
    }
  }

  /**
   * MO-1.1: the client stays after all: move-out {@code moveOut} was called off, and the lease is watched again. The desk
   * takes this step in the call-off's transaction ({@link TenancyDesk#handle(MoveOutCommand, io.bizcenter.core.kernel.Actor)}).
   */
  record ResumeWatch(CommandId commandId, CenterId center, RenewalVisitId leaseId, MoveOutId moveOut) implements OnLease {
    public Validation<Seq<FieldError>, RenewalVisitCommand> check() {
      return on(this, List.of(present("moveOut", moveOut).flatMap(id -> Checks.id("moveOut", id.value()))));
    }
  }

  /**
   * MO-3.3: the client left the units under move-out {@code moveOut}; the watch ends. The desk takes this step in the
   * transaction that vacates the units ({@link TenancyDesk#handle(MoveOutCommand, io.bizcenter.core.kernel.Actor)}).
   */
  record EndWatch(CommandId commandId, CenterId center, RenewalVisitId leaseId, MoveOutId moveOut) implements OnLease {
    public Validation<Seq<FieldError>, RenewalVisitCommand> check() {
      return on(this, List.of(present("moveOut", moveOut).flatMap(id -> Checks.id("moveOut", id.value()))));
    }
  }

  private static Validation<Seq<FieldError>, RenewalVisitCommand> on(OnLease c, List<Validation<FieldError, ?>> fields) {
    List<Validation<FieldError, ?>> checks = new ArrayList<>();
    checks.add(present("leaseId", c.leaseId()).flatMap(id -> Checks.id("leaseId", id.value())));
    checks.addAll(fields);
    return collect(c, checks);
  }
}
