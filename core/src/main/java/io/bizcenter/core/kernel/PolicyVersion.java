package io.bizcenter.core.kernel;

/** Names the set of policy values (time limits, counts, fees) a case ran under (GS-4). */
public record PolicyVersion(String value) {
  public static PolicyVersion of(String value) {
    return new PolicyVersion(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
