package io.bizcenter.core.kernel;

/** What every command carries: its own id (for safe retries) and the center it is meant for. */
public interface Command {
  CommandId commandId();

  CenterId center();
}
