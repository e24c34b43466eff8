package io.bizcenter.core.kernel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A rule of the source by its id, such as {@code CP-1.3}: the rule itself, in English and in the source's Chinese, is
 * in the library's {@link ClauseCatalogue} (and in {@code docs/rules.md}, generated from it).
 */
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

  /** The chapter the clause belongs to, such as {@code KY} for key control. */
  public String family() {
    return id.substring(0, 2);
  }

  /** The rule in English, or the source's own Chinese wording for a zh locale ({@link Messages#ZH_CN}). */
  public String text(Locale locale) {
    return ClauseCatalogue.source().rule(this).text(locale);
  }

  /**
   * The package that holds this clause's procedure, and so its messages: the source's chapters map one to one
   * onto the library's procedure packages (the GS standards belong to the kernel).
   */
  public String procedurePackage() {
    return "io.bizcenter.core." + switch (family()) {
      case "MI", "MO" -> "tenancy";
      case "MR" -> "meetings";
      case "KY" -> "keys";
      case "CS" -> "contracts";
      case "SV" -> "services";
      case "CP" -> "complaints";
      default -> "kernel";
    };
  }

  @Override
  public String toString() {
    return id;
  }
}
