package io.bizcenter.core.port;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The cursor of the activity log: the last entry a page showed, as when it was decided and the store's own order of
 * writing ({@code seq}), bound to the query it came from. Keyset paging: the next page starts strictly after that
 * entry, so entries written meanwhile neither repeat nor shift an entry out of the pages.
 *
 * <p>Opaque to a vendor: {@code a1.<base64url payload>.<check>}. The payload names the query's filters by a digest,
 * so a cursor of another query is refused; the check catches a cursor cut or edited by hand. It is not a secret: a
 * cursor made up by hand for this query can only start the same query elsewhere, and what an actor may read is
 * decided again on every page, never read from the cursor.
 */
public final class ActivityCursor {
  private static final String PREFIX = "a1.";

  /** Where a page ended: the last entry's decision time and the store's order of writing. */
  public record Position(Instant at, long seq) {}

  private ActivityCursor() {}

  /** The cursor of the page after the entry at {@code at} with the store's order {@code seq}, for {@code query}. */
  public static String after(ActivityQuery query, Instant at, long seq) {
    String payload = at.getEpochSecond() + "|" + at.getNano() + "|" + seq + "|" + fingerprint(query);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + check(payload);
  }

  /** Whether {@code cursor} is a cursor at all: written by {@link #after}, whole and unedited. */
  public static boolean isWellFormed(String cursor) {
    return decode(cursor).isPresent();
  }

  /** Whether {@code query}'s cursor, if any, was made for a query with the same center, range, filters and order. */
  public static boolean belongsTo(ActivityQuery query) {
    return query.cursor().isEmpty() || decode(query.cursor().get()).map(d -> d.fingerprint().equals(fingerprint(query))).orElse(false);
  }

  /**
   * Where {@code query}'s page starts: after its cursor's position, or from the start without one. The desk checks the
   * cursor first; a store handed one that is not the query's fails loudly rather than show another query's page.
   */
  public static Optional<Position> position(ActivityQuery query) {
    if (query.cursor().isEmpty()) {
      return Optional.empty();
    }
    Decoded decoded = decode(query.cursor().get())
        .filter(d -> d.fingerprint().equals(fingerprint(query)))
        .orElseThrow(() -> new IllegalArgumentException("the cursor is not one of this activity query's: check it first"));
    return Optional.of(decoded.position());
  }

  private record Decoded(Position position, String fingerprint) {}

  private static Optional<Decoded> decode(String cursor) {
    if (cursor == null || !cursor.startsWith(PREFIX) || cursor.length() > 400) {
      return Optional.empty();
    }
    String[] parts = cursor.substring(PREFIX.length()).split("\\.", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
      if (!check(payload).equals(parts[1])) {
        return Optional.empty();
      }
      String[] fields = payload.split("\\|", -1);
      if (fields.length != 4) {
        return Optional.empty();
      }
      Instant at = Instant.ofEpochSecond(Long.parseLong(fields[0]), Long.parseLong(fields[1]));
      return Optional.of(new Decoded(new Position(at, Long.parseLong(fields[2])), fields[3]));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      // not base64, not numbers, an instant out of range: not a cursor, which the desk answers as bad input
      return Optional.empty();
    }
  }

  /** The query's center, range, filters and order; not its page size, which may change from page to page. */
  private static String fingerprint(ActivityQuery q) {
    String text = String.join("\n", String.valueOf(q.center()), String.valueOf(q.from()), String.valueOf(q.until()),
        String.valueOf(q.procedure()), String.valueOf(q.staff()), String.valueOf(q.department()), String.valueOf(q.clause()),
        String.valueOf(q.order()));
    return digest(text).substring(0, 16);
  }

  private static String check(String payload) {
    return digest("activity cursor\n" + payload).substring(0, 12);
  }

  private static String digest(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
