package io.bizcenter.core.tenancy;

/**
 * The charge items of the move-in fee notice (MI-2.2). Each is priced per unit of the charging standard
 * ({@link TenancyPolicy#rate}); the notice says how many units.
 */
public enum ChargeItem {
  /** 管理费: per square metre and month, at the standard of the Management Agreement. */
  MANAGEMENT_FEE,
  /** 管理费押金: per square metre. */
  MANAGEMENT_FEE_DEPOSIT,
  /** 水电押金: per unit. */
  UTILITY_DEPOSIT
}
