package io.bizcenter.core.services;

/** What the source asks of business-center staff (SV-2.1, 工作要求 ① to ⑥). */
public enum Skill {
  /** ① 流利的外语听说读写能力 */
  FOREIGN_LANGUAGE,
  /** ② 熟练的中英文打字能力 */
  TYPING,
  /** ③ 熟练操作各种设备的能力 */
  EQUIPMENT_OPERATION,
  /** ④ 熟悉商务信息知识 */
  BUSINESS_INFORMATION,
  /** ⑤ 熟悉秘书工作知识 */
  SECRETARIAL,
  /** ⑥ 具备基本的设备清洁保养知识 */
  EQUIPMENT_CARE
}
