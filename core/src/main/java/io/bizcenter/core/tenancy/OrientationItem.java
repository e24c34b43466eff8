package io.bizcenter.core.tenancy;

/** What Service introduces to the new client, item by item (MI-5.1 to MI-5.3), each under its clause. */
public enum OrientationItem {
  /** The Management Office's department heads and their phone numbers, with the contact card. */
  DEPARTMENT_HEADS_AND_CONTACT_CARD("MI-5.1", MoveInAction.INTRODUCE_CONTACTS),
  /** The business center's service items (SV-3.1). */
  BUSINESS_CENTER_SERVICES("MI-5.2", MoveInAction.INTRODUCE_SERVICES),
  TRANSPORT("MI-5.3", MoveInAction.INTRODUCE_SURROUNDINGS),
  HOSPITALS("MI-5.3", MoveInAction.INTRODUCE_SURROUNDINGS),
  PUBLIC_SECURITY("MI-5.3", MoveInAction.INTRODUCE_SURROUNDINGS),
  FIRE_SAFETY("MI-5.3", MoveInAction.INTRODUCE_SURROUNDINGS),
  WASTE_DISPOSAL("MI-5.3", MoveInAction.INTRODUCE_SURROUNDINGS),
  AIR_CONDITIONING("MI-5.3", MoveInAction.INTRODUCE_SURROUNDINGS),
  ELEVATOR_USE("MI-5.3", MoveInAction.INTRODUCE_SURROUNDINGS);

  private final String clause;
  private final MoveInAction action;

  OrientationItem(String clause, MoveInAction action) {
    this.clause = clause;
    this.action = action;
  }

  public String clause() {
    return clause;
  }

  public MoveInAction action() {
    return action;
  }
}
