package io.bizcenter.core.port;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Command;
import java.time.Instant;
import java.util.Optional;

/**
 * What operations may watch, told as it happens: each command decided, each notice delivered or refused. The Spring
 * Boot starter binds it to Micrometer; a vendor without Spring binds its own. Every method has a default that does
 * nothing, so a listener implements what it needs.
 *
 * <p>A listener is called on the command's own thread, after the transaction ended, and must be quick. An exception it
 * throws is logged with its cause and does not change the answer: the command has already been decided.
 */
public interface Listener {
  /** Listens to nothing: the default. */
  Listener NONE = new Listener() {};

  /**
   * A command enters the command path. Whatever this answers comes back to {@link #decided} with the decision: a
   * timer's start, say, since core itself reads no clock but the one it is given.
   */
  default Object started(Command command, Actor actor) {
    return null;
  }

  /** A command was answered: {@code started} is what {@link #started} answered for it. */
  default void decided(Decided decided, Object started) {}

  /** The notifier took the notice. */
  default void delivered(OutboxNotice notice) {}

  /** The notifier refused the notice (threw {@code cause}); it is offered again from {@code retryAt}. */
  default void refused(OutboxNotice notice, RuntimeException cause, Instant retryAt) {}

  /** How a command ended. */
  enum Outcome {
    /** Decided and written. */
    ACCEPTED,
    /** Sent again: the first answer came back and nothing was written. */
    REPEATED,
    /** Refused with a typed rejection; nothing was written. */
    REJECTED
  }

  /**
   * One command's answer, for meters and traces.
   *
   * @param procedure the procedure's name ({@code complaints}, {@code keys}, ...)
   * @param action the declared action the command asks for, by name; for input refused before its action was known, the
   *     command's type
   * @param caseId the case decided on, when there is one (a refused opening has none)
   * @param center the command's center, null only when the command itself was missing
   * @param rejection the rejection's stable code, when refused
   * @param conflicts how many attempts ended in a concurrent change and were decided again
   */
  record Decided(CenterId center, String procedure, String action, CommandId commandId, Outcome outcome, Optional<String> caseId,
      Optional<String> rejection, int conflicts) {}
}
