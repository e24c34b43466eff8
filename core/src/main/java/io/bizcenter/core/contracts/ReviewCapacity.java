package io.bizcenter.core.contracts;

/** The capacities in which the approval chain is signed (CS-3.1); each is signed once per round. */
public enum ReviewCapacity {
  /** 合同经办人: the Operations manager, who fills the Economic Contract Review Form */
  HANDLER,
  /** 部门经理 */
  DEPARTMENT_MANAGER,
  /** 审计部 */
  AUDIT,
  /** 财务部 */
  FINANCE,
  /** 法务部 */
  LEGAL,
  /** 总办 */
  GENERAL_OFFICE
}
