package io.bizcenter.core.procedure;

/**
 * The toy procedures' commands are plain strings, and their steps are only ever judged (who, guards, the self-check),
 * never decided: a toy step's decision refuses to run.
 */
final class Toy {
  private Toy() {}

  static <S, C> Decides<S, C, String> judgedOnly() {
    return (current, command, step) -> {
      throw new UnsupportedOperationException("a toy step is judged, never decided");
    };
  }

  static <S, C> Opens<S, C, String> openedNever() {
    return (command, step) -> {
      throw new UnsupportedOperationException("a toy case is never opened");
    };
  }
}
