package io.bizcenter.core.services;

import static io.bizcenter.core.kernel.Field.all;
import static io.bizcenter.core.kernel.Field.line;
import static io.bizcenter.core.kernel.Field.present;
import static io.bizcenter.core.kernel.Field.text;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Money;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands of internal use (SV-2.5), in the imperative; each checks its own fields; which step it triggers is
 * declared once, in {@link InternalUseProcedure}.
 */
public sealed interface InternalUseCommand extends Command {
  int TEXT = 1000;
  int REFERENCE = 64;


  Validation<Seq<FieldError>, InternalUseCommand> check();

  /** A command on an application already made. */
  sealed interface OnUse extends InternalUseCommand, Command.OnCase {
    InternalUseId useId();

    default String caseId() {
      return useId() == null ? null : useId().value();
    }
  }

  /**
   * SV-2.5: fill in the Equipment Use Application: reason, content, device and time. The applicant is whoever sends
   * it, in their department; {@code forWork} is the applicant's statement that the use is for work, without which
   * the application is refused.
   */
  record ApplyForUse(CommandId commandId, CenterId center, DeviceId device, Slot slot, boolean forWork, String reason, String content)
      implements InternalUseCommand {
    public Validation<Seq<FieldError>, InternalUseCommand> check() {
      return all(this, present("device", device).flatMap(d -> line("device", d.value(), REFERENCE)), Slot.check("slot", slot),
          text("reason", reason, TEXT), text("content", content, TEXT));
    }
  }

  /** SV-2.5: the applicant's department manager approves, before the use. */
  record ApproveUse(CommandId commandId, CenterId center, InternalUseId useId) implements OnUse {
    public Validation<Seq<FieldError>, InternalUseCommand> check() {
      return on(this);
    }
  }

  /** SV-2.5: the applicant's department manager refuses. */
  record RefuseUse(CommandId commandId, CenterId center, InternalUseId useId, String reason) implements OnUse {
    public Validation<Seq<FieldError>, InternalUseCommand> check() {
      return on(this, text("reason", reason, TEXT));
    }
  }

  /** The application is called off before the use. */
  record WithdrawUse(CommandId commandId, CenterId center, InternalUseId useId, String reason) implements OnUse {
    public Validation<Seq<FieldError>, InternalUseCommand> check() {
      return on(this, text("reason", reason, TEXT));
    }
  }

  /**
   * SV-2.5: clients come first: a client order needs the slot, and the internal use gives way. The service desk
   * sends this itself, in the same transaction as the client order ({@link ServiceDesk#handle(ServiceOrderCommand, io.bizcenter.core.kernel.Actor)}).
   */
  record GiveWayToClient(CommandId commandId, CenterId center, InternalUseId useId, ServiceOrderId order) implements OnUse {
    public Validation<Seq<FieldError>, InternalUseCommand> check() {
      return on(this, present("order", order).flatMap(o -> line("order", o.value(), REFERENCE)));
    }
  }

  /** SV-2.5: the approved user starts using the device. */
  record StartUse(CommandId commandId, CenterId center, InternalUseId useId) implements OnUse {
    public Validation<Seq<FieldError>, InternalUseCommand> check() {
      return on(this);
    }
  }

  /** SV-2.5: the use is over; the rest of the slot is free again. */
  record FinishUse(CommandId commandId, CenterId center, InternalUseId useId) implements OnUse {
    public Validation<Seq<FieldError>, InternalUseCommand> check() {
      return on(this);
    }
  }

  /** SV-2.5: after use, the user signs the Fee Settlement Form. */
  record SignFeeSettlement(CommandId commandId, CenterId center, InternalUseId useId, String number, Money amount) implements OnUse {
    public Validation<Seq<FieldError>, InternalUseCommand> check() {
      return on(this, line("number", number, REFERENCE), ServiceOrderCommand.money("amount", amount));
    }
  }

  @SafeVarargs
  private static Validation<Seq<FieldError>, InternalUseCommand> on(OnUse c, Validation<FieldError, ?>... fields) {
    List<Validation<FieldError, ?>> checks = new ArrayList<>(List.of(fields));
    checks.add(0, present("useId", c.useId()).flatMap(i -> line("useId", i.value(), REFERENCE)));
    @SuppressWarnings("unchecked")
    Validation<FieldError, ?>[] array = checks.toArray(Validation[]::new);
    return all(c, array);
  }
}
