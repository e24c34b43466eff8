package io.bizcenter.core.kernel;

/** One business center (one building's 商务中心). Every case belongs to exactly one. */
public record CenterId(String value) {
  public static CenterId of(String value) {
    return new CenterId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
