package io.bizcenter.core.kernel;

/** The id of one case of one procedure (a complaint, a move-in, ...); unique within its center. */
public interface CaseId {
  String value();
}
