package io.bizcenter.core.kernel;

/** The departments the source names (see docs/rules.md); labels in zh-CN and en are in the kernel's messages. */
public enum Department {
  /** 服务部 */
  SERVICE,
  /** 服务清洁部 */
  SERVICE_AND_CLEANING,
  /** 行政部 */
  ADMINISTRATION,
  /** 工程部 */
  ENGINEERING,
  /** 保安部 */
  SECURITY,
  /** 营运招商部 (营运部) */
  OPERATIONS,
  /** 财务部 */
  FINANCE,
  /** 审计部 */
  AUDIT,
  /** 法务部 */
  LEGAL,
  /** 总办 */
  GENERAL_OFFICE,
  /** 管理处 */
  MANAGEMENT_OFFICE,
  /** 管理部 */
  MANAGEMENT,
  /** 商务中心 */
  BUSINESS_CENTER
}
