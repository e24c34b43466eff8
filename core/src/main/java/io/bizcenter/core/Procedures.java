package io.bizcenter.core;

import io.bizcenter.core.complaints.ComplaintRejection;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintEvent;
import io.bizcenter.core.complaints.ComplaintProcedure;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.contracts.ContractRejection;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractAction;
import io.bizcenter.core.contracts.ContractCommand;
import io.bizcenter.core.contracts.ContractEvent;
import io.bizcenter.core.contracts.ContractProcedure;
import io.bizcenter.core.contracts.ContractState;
import io.bizcenter.core.keys.KeyRejection;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyEvent;
import io.bizcenter.core.keys.KeyProcedure;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.meetings.MeetingRejection;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingAction;
import io.bizcenter.core.meetings.MeetingCommand;
import io.bizcenter.core.meetings.MeetingEvent;
import io.bizcenter.core.meetings.MeetingProcedure;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.services.ServiceRejection;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceAction;
import io.bizcenter.core.services.DeviceCommand;
import io.bizcenter.core.services.DeviceEvent;
import io.bizcenter.core.services.DeviceState;
import io.bizcenter.core.services.EquipmentProcedure;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseAction;
import io.bizcenter.core.services.InternalUseCommand;
import io.bizcenter.core.services.InternalUseEvent;
import io.bizcenter.core.services.InternalUseProcedure;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderAction;
import io.bizcenter.core.services.ServiceOrderCommand;
import io.bizcenter.core.services.ServiceOrderEvent;
import io.bizcenter.core.services.ServiceOrderProcedure;
import io.bizcenter.core.services.ServiceOrderState;
import io.bizcenter.core.tenancy.TenancyRejection;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInCommand;
import io.bizcenter.core.tenancy.MoveInEvent;
import io.bizcenter.core.tenancy.MoveInProcedure;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutAction;
import io.bizcenter.core.tenancy.MoveOutCommand;
import io.bizcenter.core.tenancy.MoveOutEvent;
import io.bizcenter.core.tenancy.MoveOutProcedure;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitAction;
import io.bizcenter.core.tenancy.RenewalVisitCommand;
import io.bizcenter.core.tenancy.RenewalVisitEvent;
import io.bizcenter.core.tenancy.RenewalVisitProcedure;
import io.bizcenter.core.tenancy.RenewalVisitState;
import java.util.List;
import java.util.Optional;

/**
 * Every procedure of the library, described once, in the order of the README's table. The one list of procedures: the
 * storage adapters, the JSON documents, testkit's families and the test stores read it. A new procedure is its core
 * package, one entry here and its desk in {@link BusinessCenter}: a descriptor made with {@link Procedure#of} needs no
 * typed store in {@link Storage}, nor any code in the storage adapters, which keep its cases in a store built from the
 * descriptor ({@link Storage#cases}).
 */
public final class Procedures {
  public static final Procedure<ComplaintState, ComplaintAction, Complaint, ComplaintCommand> COMPLAINTS = new Procedure<>(
      ComplaintProcedure.NAME, Complaint.class, ComplaintCommand.class, ComplaintEvent.class, ComplaintRejection.class,
      ComplaintState.class, ComplaintAction.class, Storage::complaints);
  public static final Procedure<DeviceState, DeviceAction, Device, DeviceCommand> EQUIPMENT = new Procedure<>(
      EquipmentProcedure.NAME, Device.class, DeviceCommand.class, DeviceEvent.class, ServiceRejection.class, DeviceState.class,
      DeviceAction.class, Storage::equipment);
  public static final Procedure<ServiceOrderState, ServiceOrderAction, ServiceOrder, ServiceOrderCommand> SERVICE_ORDERS = new Procedure<>(
      ServiceOrderProcedure.NAME, ServiceOrder.class, ServiceOrderCommand.class, ServiceOrderEvent.class, ServiceRejection.class,
      ServiceOrderState.class, ServiceOrderAction.class, Storage::serviceOrders);
  public static final Procedure<InternalUseState, InternalUseAction, InternalUse, InternalUseCommand> INTERNAL_USES = new Procedure<>(
      InternalUseProcedure.NAME, InternalUse.class, InternalUseCommand.class, InternalUseEvent.class, ServiceRejection.class,
      InternalUseState.class, InternalUseAction.class, Storage::internalUses);
  public static final Procedure<MeetingState, MeetingAction, Meeting, MeetingCommand> MEETINGS = new Procedure<>(
      MeetingProcedure.NAME, Meeting.class, MeetingCommand.class, MeetingEvent.class, MeetingRejection.class, MeetingState.class,
      MeetingAction.class, Storage::meetings);
  public static final Procedure<KeyState, KeyAction, Key, KeyCommand> KEYS = new Procedure<>(
      KeyProcedure.NAME, Key.class, KeyCommand.class, KeyEvent.class, KeyRejection.class, KeyState.class, KeyAction.class, Storage::keys);
  public static final Procedure<ContractState, ContractAction, Contract, ContractCommand> CONTRACTS = new Procedure<>(
      ContractProcedure.NAME, Contract.class, ContractCommand.class, ContractEvent.class, ContractRejection.class, ContractState.class,
      ContractAction.class, Storage::contracts);
  public static final Procedure<MoveInState, MoveInAction, MoveIn, MoveInCommand> MOVE_INS = new Procedure<>(
      MoveInProcedure.NAME, MoveIn.class, MoveInCommand.class, MoveInEvent.class, TenancyRejection.class, MoveInState.class,
      MoveInAction.class, Storage::moveIns);
  public static final Procedure<RenewalVisitState, RenewalVisitAction, RenewalVisit, RenewalVisitCommand> RENEWAL_VISITS = new Procedure<>(
      RenewalVisitProcedure.NAME, RenewalVisit.class, RenewalVisitCommand.class, RenewalVisitEvent.class, TenancyRejection.class,
      RenewalVisitState.class, RenewalVisitAction.class, Storage::renewalVisits);
  public static final Procedure<MoveOutState, MoveOutAction, MoveOut, MoveOutCommand> MOVE_OUTS = new Procedure<>(
      MoveOutProcedure.NAME, MoveOut.class, MoveOutCommand.class, MoveOutEvent.class, TenancyRejection.class, MoveOutState.class,
      MoveOutAction.class, Storage::moveOuts);

  /** Every procedure, in the order of the README's table. */
  public static final List<Procedure<?, ?, ?, ?>> ALL = List.of(COMPLAINTS, EQUIPMENT, SERVICE_ORDERS, INTERNAL_USES, MEETINGS, KEYS,
      CONTRACTS, MOVE_INS, RENEWAL_VISITS, MOVE_OUTS);

  private Procedures() {}

  /**
   * Core's packages that hold the procedures ({@code io.bizcenter.core.complaints}, ...), each once, in the order of
   * {@link #ALL}: where their messages and their labels live.
   */
  public static List<String> packages() {
    return ALL.stream().map(Procedure::packageName).distinct().toList();
  }

  /** The procedure declared as {@code name}, if the library has it. */
  public static Optional<Procedure<?, ?, ?, ?>> named(String name) {
    return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
