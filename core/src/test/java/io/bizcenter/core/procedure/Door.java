package io.bizcenter.core.procedure;

/** The states of a toy procedure that exercises the mechanism apart from any real one. */
enum Door {
  OPEN,
  SHUT,
  LOCKED,
  GONE
}
