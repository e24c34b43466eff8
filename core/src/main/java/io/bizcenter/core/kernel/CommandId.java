package io.bizcenter.core.kernel;

/**
 * Chosen by the caller for each command it sends; sending the same id again returns the first answer and
 * changes nothing, so a front end may retry freely.
 */
public record CommandId(String value) {
  public static CommandId of(String value) {
    return new CommandId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
