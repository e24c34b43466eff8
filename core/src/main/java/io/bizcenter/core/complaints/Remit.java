package io.bizcenter.core.complaints;

/** The triage of a complaint: Operations can fix it itself, another department must, or it is a hard case. */
public enum Remit {
  /** 在营运部可以解决的职责范围内 (CP-1.2, CP-2.2) */
  WITHIN,
  /** 不属营运部可以解决的职责范围内 (CP-1.3, CP-2.3) */
  OUTSIDE,
  /** 投诉问题较为棘手 (CP-1.4): the source places it among phone complaints only */
  HARD_CASE
}
