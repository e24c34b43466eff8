package io.bizcenter.core.kernel;

/** Stable id of one written notice: a consumer that sees it twice drops the second (delivery is at least once). */
public record NoticeId(String value) {
  @Override
  public String toString() {
    return value;
  }
}
