package io.bizcenter.core.services;

import static io.bizcenter.core.kernel.Field.all;
import static io.bizcenter.core.kernel.Field.line;
import static io.bizcenter.core.kernel.Field.present;
import static io.bizcenter.core.kernel.Field.text;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Field;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.StaffId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The commands of a client's service order (SV-2.2 to SV-2.4), in the imperative; each checks its own fields, and
 * {@code toString} masks the client's name and phone through {@link Client}. Which step each triggers is declared once,
 * in {@link ServiceOrderProcedure}.
 */
public sealed interface ServiceOrderCommand extends Command {
  int COMPANY = 100;
  int TEXT = 2000;
  int NOTE = 1000;
  int REFERENCE = 64;
  int MOST_UNITS = 100_000;
  /** No single amount at the business center's desk reaches a hundred million yuan; more is a typing error. */
  Money LARGEST_AMOUNT = Money.yuan(100_000_000L);


  Validation<Seq<FieldError>, ServiceOrderCommand> check();

  /** A command on a taken order. */
  sealed interface OnOrder extends ServiceOrderCommand, Command.OnCase {
    ServiceOrderId orderId();

    default String caseId() {
      return orderId() == null ? null : orderId().value();
    }
  }

  /**
   * SV-2.2: learn the service, its time and requirements; the device it needs is booked for that time and the
   * member of staff who will do it is assigned (SV-2.1).
   */
  record TakeOrder(CommandId commandId, CenterId center, Client client, ServiceCode service, int quantity, String requirements,
      Slot slot, DeviceId device, StaffId assignee) implements ServiceOrderCommand {
    public Optional<DeviceId> bookedDevice() {
      return Optional.ofNullable(device);
    }

    public Validation<Seq<FieldError>, ServiceOrderCommand> check() {
      List<Validation<FieldError, ?>> checks = new ArrayList<>();
      if (client == null) {
        checks.add(present("client", client));
      } else {
        checks.add(Field.name("client.name", client.name()));
        checks.add(Field.phone("client.phone", client.phone()));
        checks.add(client.company() == null ? present("client.company", null)
            : client.company().map(c -> line("client.company", c, COMPANY)).orElse(Validation.valid("")));
      }
      checks.add(present("service", service).flatMap(s -> line("service", s.value(), REFERENCE)));
      checks.add(units("quantity", quantity, 1));
      checks.add(text("requirements", requirements, TEXT));
      checks.add(Slot.check("slot", slot));
      checks.add(device == null ? Validation.valid("") : line("device", device.value(), REFERENCE));
      checks.add(present("assignee", assignee).flatMap(a -> line("assignee", a.value(), REFERENCE)));
      @SuppressWarnings("unchecked")
      Validation<FieldError, ?>[] array = checks.toArray(Validation[]::new);
      return all(this, array);
    }
  }

  /** SV-2.2: tell the client the charges: price, total and deposit from the catalogue. */
  record ExplainCharges(CommandId commandId, CenterId center, ServiceOrderId orderId) implements OnOrder {
    public Validation<Seq<FieldError>, ServiceOrderCommand> check() {
      return on(this);
    }
  }

  /** SV-2.2: issue the fee notice (收费通知单) under its number. */
  record IssueFeeNotice(CommandId commandId, CenterId center, ServiceOrderId orderId, String number) implements OnOrder {
    public Validation<Seq<FieldError>, ServiceOrderCommand> check() {
      return on(this, line("number", number, REFERENCE));
    }
  }

  /** SV-2.2: take the deposit of the set proportion. */
  record TakeDeposit(CommandId commandId, CenterId center, ServiceOrderId orderId, Money amount) implements OnOrder {
    public Validation<Seq<FieldError>, ServiceOrderCommand> check() {
      return on(this, ServiceOrderCommand.money("amount", amount));
    }
  }

  /** SV-2.3: the service begins, on time and as required. */
  record StartService(CommandId commandId, CenterId center, ServiceOrderId orderId) implements OnOrder {
    public Validation<Seq<FieldError>, ServiceOrderCommand> check() {
      return on(this);
    }
  }

  /** SV-2.3: the service is done; how many units were actually served (pages translated, hours worked). */
  record FinishService(CommandId commandId, CenterId center, ServiceOrderId orderId, int quantityServed) implements OnOrder {
    public Validation<Seq<FieldError>, ServiceOrderCommand> check() {
      return on(this, units("quantityServed", quantityServed, 0));
    }
  }

  /** SV-2.4: fill in the Business Center Fee Receipt, in triplicate. */
  record WriteFeeReceipt(CommandId commandId, CenterId center, ServiceOrderId orderId, String number) implements OnOrder {
    public Validation<Seq<FieldError>, ServiceOrderCommand> check() {
      return on(this, line("number", number, REFERENCE));
    }
  }

  /** SV-2.4: one copy of the Fee Receipt goes where it belongs: Finance, the client, the archive. */
  record HandOverCopy(CommandId commandId, CenterId center, ServiceOrderId orderId, ReceiptCopy copy) implements OnOrder {
    public Validation<Seq<FieldError>, ServiceOrderCommand> check() {
      return on(this, present("copy", copy));
    }
  }

  /** SV-2.4: the client settles at Finance: pays the balance or gets the rest of the deposit back. */
  record Settle(CommandId commandId, CenterId center, ServiceOrderId orderId) implements OnOrder {
    public Validation<Seq<FieldError>, ServiceOrderCommand> check() {
      return on(this);
    }
  }

  /** The client calls the order off before the service starts; a deposit taken is returned in full. */
  record CancelOrder(CommandId commandId, CenterId center, ServiceOrderId orderId, String reason) implements OnOrder {
    public Validation<Seq<FieldError>, ServiceOrderCommand> check() {
      return on(this, text("reason", reason, NOTE));
    }
  }

  /** A count of units between {@code least} and {@link #MOST_UNITS}. */
  static Validation<FieldError, Integer> units(String field, int value, int least) {
    return value >= least && value <= MOST_UNITS
        ? Validation.valid(value)
        : Validation.invalid(FieldError.of(field, FieldError.Problem.MALFORMED));
  }

  /** An amount of money as input: given, not negative, below {@link #LARGEST_AMOUNT}. */
  static Validation<FieldError, Money> money(String field, Money amount) {
    return Field.amount(field, amount).flatMap(exact -> exact.isNegative() || exact.compareTo(LARGEST_AMOUNT) >= 0
        ? Validation.invalid(FieldError.of(field, FieldError.Problem.MALFORMED))
        : Validation.valid(exact));
  }

  @SafeVarargs
  private static Validation<Seq<FieldError>, ServiceOrderCommand> on(OnOrder c, Validation<FieldError, ?>... fields) {
    List<Validation<FieldError, ?>> checks = new ArrayList<>(List.of(fields));
    checks.add(0, present("orderId", c.orderId()).flatMap(i -> line("orderId", i.value(), REFERENCE)));
    @SuppressWarnings("unchecked")
    Validation<FieldError, ?>[] array = checks.toArray(Validation[]::new);
    return all(c, array);
  }
}
