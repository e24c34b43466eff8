package io.bizcenter.core.contracts;

/** What a clause the tenant wants changed is about; the policy names the departments that review each topic (CS-1.1). */
public enum DeviationTopic {
  /** 租金、押金及付款方式 */
  RENT_AND_PAYMENT,
  /** 租期与续约 */
  TERM_AND_RENEWAL,
  /** 违约责任与解约 */
  LIABILITY_AND_TERMINATION,
  /** 用途与装修 */
  USE_AND_FITTING_OUT,
  /** 其他条款 */
  OTHER
}
