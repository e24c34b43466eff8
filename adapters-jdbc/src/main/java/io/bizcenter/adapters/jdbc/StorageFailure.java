package io.bizcenter.adapters.jdbc;

/** The database failed (connection lost, disk full, bad schema): infrastructure, never a business answer. */
public class StorageFailure extends RuntimeException {
  public StorageFailure(String message) {
    super(message);
  }

  public StorageFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
