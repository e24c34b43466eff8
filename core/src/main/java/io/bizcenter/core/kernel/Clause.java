package io.bizcenter.core.kernel;

import java.util.regex.Pattern;

/** A rule of shared/spec/PROCEDURES.md by its id, such as {@code CP-1.3}. */
public record Clause(String id) {
  private static final Pattern FORM = Pattern.compile("(GS|MI|MO|MR|KY|CS|SV|CP)-\\d+(\\.\\d+)?");

  /** Clauses are written by us in declarations, never taken from input: a malformed one is a programming error. */
  public Clause {
    if (id == null || !FORM.matcher(id).matches()) {
      throw new IllegalArgumentException("not a clause id: " + id);
    }
  }

  public static Clause of(String id) {
    return new Clause(id);
  }

  @Override
  public String toString() {
    return id;
  }
}
