package io.bizcenter.forms;

import java.util.List;

/**
 * How many copies of a form are printed and who receives each, in the order they are printed (the source's 一式三份:
 * Finance, client, archive). A form the source gives no count for prints one copy to the office that keeps it.
 */
public record Copies(List<Recipient> recipients) {
  public Copies {
    recipients = List.copyOf(recipients);
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("a form prints at least one copy");
    }
  }

  public static Copies of(Recipient... recipients) {
    return new Copies(List.of(recipients));
  }

  public int count() {
    return recipients.size();
  }
}
