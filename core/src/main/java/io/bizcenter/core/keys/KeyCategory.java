package io.bizcenter.core.keys;

/**
 * The kinds of key the source names (KY-0.1): master keys, rented-office door keys, furniture keys (a client's desk or
 * filing cabinet, and the business center's own workstations) and public-door keys.
 */
public enum KeyCategory {
  /** 万能钥匙: opens every room of the business center (KY-1.x). */
  MASTER,
  /** 出租办公室门锁钥匙: opens one rented office (KY-2.x). */
  OFFICE_DOOR,
  /** 客户家具钥匙: opens one piece of a client's furniture (KY-3.1). */
  CLIENT_FURNITURE,
  /** 商务中心工作室钥匙: one business-center staff member's workstation (KY-3.2). */
  WORKSTATION,
  /** 公共大门钥匙: one public door with an electronic code lock (KY-4.1). */
  PUBLIC_DOOR
}
