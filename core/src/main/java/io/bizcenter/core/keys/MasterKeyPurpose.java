package io.bizcenter.core.keys;

/** Why a master key opened a client's room (KY-1.2): each use has one of the purposes the source gives. */
public enum MasterKeyPurpose {
  /** 递送留言条 */
  DELIVER_MESSAGE,
  /** 递送邮件 */
  DELIVER_MAIL,
  /** 递送物品 */
  DELIVER_ITEM,
  /** 收取传真 */
  COLLECT_FAX,
  /** 每日清洁 */
  CLEANING
}
