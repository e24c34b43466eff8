package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;

/**
 * The departments' tasks for one meeting, in the source's order: who owes each (its seat), under which clause, when
 * in the meeting's life it falls, and the step that does it. {@link MeetingProcedure} declares each step with the
 * task's own seat, so the two cannot drift apart.
 */
public enum Task {
  /** 服务清洁部：会议前2天确认会议，请客户填写会议接待委托服务表，书面通知公司其他部门。 */
  CONFIRM_AND_REQUEST_FORM(Phase.BEFORE, "MR-1.1", Seat.in(Department.SERVICE_AND_CLEANING), MeetingAction.CONFIRM),
  /** 会议前1天布置会场。 */
  SET_UP_VENUE(Phase.BEFORE, "MR-1.2", Seat.in(Department.SERVICE_AND_CLEANING), MeetingAction.SET_UP_VENUE),
  /** 会务接待员做好引领工作。 */
  GUIDE_ATTENDEES(Phase.BEFORE, "MR-1.2", Seat.of(Department.SERVICE_AND_CLEANING, Role.RECEPTION_STAFF), MeetingAction.GUIDE_ATTENDEES),
  /** 工程部：会议前1天，确认会场所有设施、设备完好。 */
  CHECK_DEVICES(Phase.BEFORE, "MR-1.3", Seat.in(Department.ENGINEERING), MeetingAction.CHECK_DEVICES),
  /** 保安部：会议前1小时，确保大厦道路畅通，安排好外来参加会议车辆的停放。 */
  CLEAR_ROADS_AND_PARKING(Phase.BEFORE, "MR-1.4", Seat.in(Department.SECURITY), MeetingAction.CLEAR_ROADS_AND_PARKING),
  /** 服务部：会议前1天清扫会场，并落实检查。 */
  CLEAN_AND_INSPECT_VENUE(Phase.BEFORE, "MR-1.5", Seat.in(Department.SERVICE), MeetingAction.CLEAN_AND_INSPECT_VENUE),
  /** 服务部：按要求不间断的茶水服务，随时处理会议期间突发事件。 */
  TEA_SERVICE(Phase.DURING, "MR-2.1", Seat.in(Department.SERVICE), MeetingAction.RECORD_TEA_SERVICE),
  /** 工程部：负责会议期间一切设施、设备完好工作，播放音乐，调节灯光，控制气氛。 */
  SOUND_AND_LIGHTING(Phase.DURING, "MR-2.2", Seat.in(Department.ENGINEERING), MeetingAction.RECORD_SOUND_AND_LIGHTING),
  /** 服务部：开门送客，整理会场主席台，向客户开具发票。 */
  SEE_OFF_AND_INVOICE(Phase.AFTER, "MR-3.1", Seat.in(Department.SERVICE), MeetingAction.SEE_OFF_AND_INVOICE),
  /** 工程部：收集齐会场使用设备上锁保管。 */
  COLLECT_EQUIPMENT(Phase.AFTER, "MR-3.2", Seat.in(Department.ENGINEERING), MeetingAction.COLLECT_EQUIPMENT),
  /** 服务部：清扫会场。 */
  CLEAN_VENUE(Phase.AFTER, "MR-3.3", Seat.in(Department.SERVICE), MeetingAction.CLEAN_VENUE);

  /** Before, during or after the meeting (一、二、三 of the source). */
  public enum Phase {
    BEFORE,
    DURING,
    AFTER
  }

  private final Phase phase;
  private final Clause clause;
  private final Seat seat;
  private final MeetingAction action;

  Task(Phase phase, String clause, Seat seat, MeetingAction action) {
    this.phase = phase;
    this.clause = Clause.of(clause);
    this.seat = seat;
    this.action = action;
  }

  public Phase phase() {
    return phase;
  }

  public Clause clause() {
    return clause;
  }

  /** Who owes the task; its department's agenda shows it. */
  public Seat seat() {
    return seat;
  }

  public Department department() {
    return seat.department().orElseThrow();
  }

  /** The step that does the task. */
  public MeetingAction action() {
    return action;
  }

  /**
   * Whether a department manager may let the meeting start without it: any preparation but the confirmation, which
   * is what tells the other departments at all (MR-1.1).
   */
  public boolean waivable() {
    return phase == Phase.BEFORE && this != CONFIRM_AND_REQUEST_FORM;
  }
}
