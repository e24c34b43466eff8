package io.bizcenter.core.services;

import static io.bizcenter.core.services.InternalUseAction.*;
import static io.bizcenter.core.services.EquipmentProcedure.USABLE;
import static io.bizcenter.core.services.InternalUseState.*;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Who;
import io.bizcenter.core.services.InternalUseCommand.ApplyForUse;
import io.bizcenter.core.services.InternalUseCommand.ApproveUse;
import io.bizcenter.core.services.InternalUseCommand.FinishUse;
import io.bizcenter.core.services.InternalUseCommand.GiveWayToClient;
import io.bizcenter.core.services.InternalUseCommand.RefuseUse;
import io.bizcenter.core.services.InternalUseCommand.SignFeeSettlement;
import io.bizcenter.core.services.InternalUseCommand.StartUse;
import io.bizcenter.core.services.InternalUseCommand.WithdrawUse;
import io.vavr.control.Option;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Internal staff's use of the center's equipment (商务中心签单程序, SV-2.5), declared once: the Equipment Use
 * Application (reason, content, time), the department manager's approval before the use, the use only when no
 * client needs the device, and the Fee Settlement Form signed after it.
 *
 * <p>Decisions where the source is silent, written down here where the code declares them:
 * <ul>
 *   <li>Who: any member of staff may apply; only a department manager of the applicant's own department approves
 *       or refuses, and never the applicant himself: a manager who applies is approved by another manager of his
       department (separation of duties, declared on APPROVE and REFUSE, read off the case's audit trail). The business
       center lets the user start and records the end of the use. The Fee Settlement
 *       Form is signed from the user's own department. An application may be withdrawn from the applicant's
 *       department or by the business center.
 *   <li>"Only for work" is the applicant's statement on the form ({@code forWork}), with the work reason; an
 *       application not for work is refused outright.
 *   <li>Clients come first: an application or approval is refused while a client order holds the device for part of
 *       the time; a client order that arrives later for an applied or approved slot wins, the use gives way
 *       ({@code DISPLACE}, taken by the service desk in the client order's own transaction) and the applicant's
 *       department is told in writing. A use already under way is not displaced: the center ends it
 *       ({@code FINISH_USE}) and the rest of its slot is free for the client.
 *   <li>Between internal users, the first approved holds the slot; a use that has been under way keeps the part of
 *       its slot up to its end.
 *   <li>No use starts on a faulty or retired device (SV-1.2).
 *   <li>The amount on the Fee Settlement Form is the center's charge to the user's department; the source sets no
 *       internal rate, so it is entered from the form.
 *   <li>The user signs the Fee Settlement Form for his own use: the source asks the user to sign, so it is no separation.
 * </ul>
 */
public final class InternalUseProcedure {
  /** The procedure's name in ids, logs, the audit trail and the agenda. */
  public static final String NAME = "internal-uses";

  /** Any member of staff of any department. */
  static final Who ANYONE = Who.anyOf(new Seat(Optional.empty(), Optional.empty()));
  static final Who MANAGERS = Who.anyOf(Seat.as(Role.DEPARTMENT_MANAGER));
  static final Who CENTER = Who.anyOf(Seat.in(Department.BUSINESS_CENTER));

  private InternalUseProcedure() {}

  static ProcedureDefinition<InternalUseState, InternalUseAction, InternalUse, InternalUseCommand> declare(Bookings bookings) {
    return ProcedureDefinition.<InternalUseState, InternalUseAction, InternalUse, InternalUseCommand>declare(NAME,
            InternalUseState.class, InternalUseAction.class)
        .opens(APPLY, ApplyForUse.class, APPLIED, ANYONE, "SV-2.5", InternalUse::apply, onlyForWork(), deviceOnTheRegister(bookings),
            noClientNeedsIt(bookings, Wanted::onTheForm), noOtherInternalUse(bookings, Wanted::onTheForm))
        .step(APPLIED, APPROVE, ApproveUse.class, APPROVED, MANAGERS, "SV-2.5", InternalUse::approve, applicantsManager(),
            noClientNeedsIt(bookings, Wanted::onTheCase), noOtherInternalUse(bookings, Wanted::onTheCase))
        .step(APPLIED, REFUSE, RefuseUse.class, REFUSED, MANAGERS, "SV-2.5", InternalUse::refuse, applicantsManager())
        .step(APPLIED, WITHDRAW, WithdrawUse.class, WITHDRAWN, ANYONE, "SV-2.5", InternalUse::withdraw, applicantsDepartment(true))
        .step(APPROVED, WITHDRAW, WithdrawUse.class, WITHDRAWN, ANYONE, "SV-2.5", InternalUse::withdraw, applicantsDepartment(true))
        .step(APPLIED, DISPLACE, GiveWayToClient.class, DISPLACED, CENTER, "SV-2.5", InternalUse::giveWay, aClientNeedsIt(bookings))
        .step(APPROVED, DISPLACE, GiveWayToClient.class, DISPLACED, CENTER, "SV-2.5", InternalUse::giveWay, aClientNeedsIt(bookings))
        .step(APPROVED, START_USE, StartUse.class, IN_USE, CENTER, "SV-2.5", InternalUse::startUse, deviceUsable(bookings))
        .step(IN_USE, FINISH_USE, FinishUse.class, USED, CENTER, "SV-2.5", InternalUse::finishUse)
        .step(USED, SIGN_FEE_SETTLEMENT, SignFeeSettlement.class, SETTLED, ANYONE, "SV-2.5", InternalUse::signFeeSettlement,
            applicantsDepartment(false))
        // the approval is a second person's: the applicant's department manager, never the applicant himself (SV-2.5)
        .separate(APPROVE, "SV-2.5", APPLY)
        .separate(REFUSE, "SV-2.5", APPLY)
        // every step that books or uses the device holds it, as client orders and fault reports do (SV-1.2, SV-2.5)
        .holds("device", "SV-2.5", ApplyForUse.class, apply -> List.of("device:" + apply.device().value()))
        .holds("device", "SV-2.5", InternalUseCommand.OnUse.class, on -> bookings.use(on.center(), on.useId().value())
            .map(u -> List.of("device:" + u.device().value())).orElse(List.of()))
        .finals(REFUSED, WITHDRAWN, DISPLACED, SETTLED)
        // the applying department withdraws and settles its own application (steps open to any seat): it reads it
        .readers(u -> Who.anyOf(Seat.in(u.application().department())))
        .build();
  }

  private static Option<Rejection.RuleBroken> some(Rejection.RuleBroken r) {
    return Option.some(r);
  }

  /** The device and time a guard is about: those of the application being made, or of the one on the case. */
  private record Wanted(DeviceId device, Slot slot) {
    static Wanted onTheForm(InternalUse none, ApplyForUse apply) {
      return new Wanted(apply.device(), apply.slot());
    }

    static Wanted onTheCase(InternalUse use, InternalUseCommand command) {
      return new Wanted(use.device(), use.application().slot());
    }
  }

  private static Guard<InternalUse, ApplyForUse> onlyForWork() {
    return Guard.of("only for work", (none, apply, rule) -> apply.forWork() ? Option.none() : some(new ServiceRejection.NotForWork(rule)));
  }

  /** On the register (SV-1.1) and, by the device's own rule, usable (SV-1.2). */
  private static Guard<InternalUse, ApplyForUse> deviceOnTheRegister(Bookings bookings) {
    return Guard.of("the device is on the register and in use", "SV-1.1", (none, apply, rule) -> {
      DeviceId id = apply.device();
      Optional<Device> device = bookings.device(apply.center(), id);
      if (device.isEmpty()) {
        return some(new ServiceRejection.UnknownDevice(id, rule));
      }
      // faulty or retired: out of use (SV-1.2), so no application is taken for it
      return device.get().usable() ? Option.none() : some(new ServiceRejection.DeviceOutOfUse(id, device.get().state(), USABLE));
    });
  }

  private static <K extends InternalUseCommand> Guard<InternalUse, K> noClientNeedsIt(Bookings bookings,
      BiFunction<InternalUse, K, Wanted> wanted) {
    return Guard.of("no client order needs the device then", (use, command, rule) -> {
      Wanted asked = wanted.apply(use, command);
      return bookings.clientOrderHolding(command.center(), asked.device(), asked.slot(), Optional.empty())
          .map(o -> some(new ServiceRejection.SlotNeededByClient(asked.device(), o.id(), rule)))
          .orElse(Option.none());
    });
  }

  private static <K extends InternalUseCommand> Guard<InternalUse, K> noOtherInternalUse(Bookings bookings,
      BiFunction<InternalUse, K, Wanted> wanted) {
    return Guard.of("no other internal use holds the device then", (use, command, rule) -> {
      Wanted asked = wanted.apply(use, command);
      Optional<InternalUseId> self = Optional.ofNullable(use).map(InternalUse::id);
      return bookings.internalUseHolding(command.center(), asked.device(), asked.slot(), self)
          .map(u -> some(new ServiceRejection.DeviceBooked(asked.device(), u.id().value(), rule)))
          .orElse(Option.none());
    });
  }

  private static Guard<InternalUse, GiveWayToClient> aClientNeedsIt(Bookings bookings) {
    return Guard.of("a client order needs the slot", (use, giveWay, rule) -> {
      ServiceOrderId by = giveWay.order();
      boolean needed = bookings.order(use.center(), by.value())
          .filter(o -> o.device().equals(Optional.of(use.device())))
          .flatMap(ServiceOrder::holds)
          .map(s -> s.overlaps(use.application().slot()))
          .orElse(false);
      return needed ? Option.none() : some(new ServiceRejection.NoClientNeedsTheSlot(use.device(), rule));
    });
  }

  private static Guard<InternalUse, StartUse> deviceUsable(Bookings bookings) {
    return Guard.of("the device is neither faulty nor retired", "SV-1.2", (use, start, rule) -> bookings.device(use.center(), use.device())
        .filter(d -> !d.usable())
        .map(d -> some(new ServiceRejection.DeviceOutOfUse(d.id(), d.state(), rule)))
        .orElse(Option.none()));
  }

  /**
   * The applicant's own department manager: the seat says "a department manager", this says "of which department". That
   * the manager is not the applicant himself is the declared separation of APPROVE and REFUSE from APPLY.
   */
  private static <K extends InternalUseCommand> Guard<InternalUse, K> applicantsManager() {
    return Guard.withActor("the applicant's own department manager", (use, command, actor, rule) -> {
      Department applicant = use.application().department();
      return actor != null && actor.department() == applicant ? Option.none()
          : some(new ServiceRejection.NotTheApplicantsManager(applicant, rule));
    });
  }

  private static <K extends InternalUseCommand> Guard<InternalUse, K> applicantsDepartment(boolean orTheCenter) {
    return Guard.withActor(orTheCenter ? "the applicant's department or the business center" : "the user's own department",
        (use, command, actor, rule) -> {
          Department applicant = use.application().department();
          boolean ok = actor != null
              && (actor.department() == applicant || (orTheCenter && actor.department() == Department.BUSINESS_CENTER));
          return ok ? Option.none() : some(new ServiceRejection.NotOfTheApplicantsDepartment(applicant, rule));
        });
  }
}
