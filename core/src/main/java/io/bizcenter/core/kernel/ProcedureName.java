package io.bizcenter.core.kernel;

import java.util.List;
import java.util.Locale;

/**
 * A procedure's name ({@code "move-ins"}) as a message shows it: 入驻 in zh-CN, "move-in" in en. A name the kernel has no
 * label for (a vendor's own procedure) is shown as it is.
 */
public record ProcedureName(String name) implements Labelled {
  @Override
  public String label(Locale locale) {
    String key = "procedure." + name;
    return Messages.has(ProcedureName.class, locale, key) ? Messages.text(ProcedureName.class, locale, key, List.of()) : name;
  }

  @Override
  public String toString() {
    return name;
  }
}
