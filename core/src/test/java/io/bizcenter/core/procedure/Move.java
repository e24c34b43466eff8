package io.bizcenter.core.procedure;

/** The actions of the toy door procedure. */
enum Move {
  FIT,
  CLOSE,
  OPEN,
  LOCK,
  UNLOCK,
  REMOVE
}
