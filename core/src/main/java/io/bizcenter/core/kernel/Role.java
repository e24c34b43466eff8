package io.bizcenter.core.kernel;

/** The roles the source names; rules bind roles and departments, never named people (GS-5). */
public enum Role {
  /** 部门经理 */
  DEPARTMENT_MANAGER,
  /** 客服主管 */
  CUSTOMER_SERVICE_SUPERVISOR,
  /** 清洁工 */
  CLEANER,
  /** 会务接待员 */
  RECEPTION_STAFF,
  /** 营运部经理 */
  OPERATIONS_MANAGER,
  /** 营运部副主管 */
  OPERATIONS_DEPUTY_SUPERVISOR,
  /** 营运部经理助理 */
  OPERATIONS_MANAGER_ASSISTANT,
  /** 工程部装修管理负责人 */
  RENOVATION_MANAGER,
  /** 商务中心员工 */
  BUSINESS_CENTER_STAFF,
  /** any other member of a department's staff */
  STAFF
}
