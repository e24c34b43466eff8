package io.bizcenter.core.keys;

/** The client furniture the source names for furniture keys (KY-3.1): desks and filing cabinets. */
public enum FurnitureKind {
  /** 桌子 */
  DESK,
  /** 文件柜 */
  FILING_CABINET
}
