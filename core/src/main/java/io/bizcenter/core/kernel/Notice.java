package io.bizcenter.core.kernel;

import java.util.List;

/**
 * A written notice the source asks for (to Engineering, to the General Office, ...). It names the case it is
 * about and carries no personal data: the recipient looks the case up. Delivered through the outbox.
 */
public record Notice(Department to, String code, Clause clause, List<String> arguments) {
  public Notice {
    arguments = List.copyOf(arguments);
  }

  public static Notice to(Department to, String code, Clause clause, String... arguments) {
    return new Notice(to, code, clause, List.of(arguments));
  }

  /** The notice's text in zh-CN or en, from the messages of its clause's procedure. */
  public String message(java.util.Locale locale) {
    return Messages.text(clause.procedurePackage(), locale, "notice." + code, arguments);
  }
}
