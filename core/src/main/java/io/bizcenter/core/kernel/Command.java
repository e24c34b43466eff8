package io.bizcenter.core.kernel;

/** What every command carries: its own id (for safe retries) and the center it is meant for. */
public interface Command {
  /** The longest command id, in code points; every desk checks it, with the id alphabet of {@link Field#id}. */
  int COMMAND_ID_LENGTH = 100;
  /** The longest center id, in code points. */
  int CENTER_LENGTH = 64;

  CommandId commandId();

  CenterId center();

  /** A command on a case that exists: the id of the case it acts on (null while its fields are unchecked). */
  interface OnCase extends Command {
    String caseId();
  }
}
