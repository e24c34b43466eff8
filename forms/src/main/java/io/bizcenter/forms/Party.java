package io.bizcenter.forms;

/** Who, besides our departments, receives a copy of a form. Labels are in the forms' messages ({@code Party.CLIENT}). */
public enum Party {
  /** 客人: the business center's client (SV-2.2, SV-2.4) */
  CLIENT,
  /** 租户: the tenant of a contract (CS-4.1, CS-5.1) */
  TENANT,
  /** 投诉人: the complainant (CP-2.2, CP-2.3) */
  COMPLAINANT,
  /** 存档: the issuing office's own archive (SV-2.4: 一联由商务中心存档; CP-2.2: 回函存档) */
  ARCHIVE,
  /** 客户档案: the tenant's client file Service keeps (MI-6.3: the agreement, the key collection records) */
  CLIENT_FILE
}
