package io.bizcenter.testkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.Receipt;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends the commands of a stateful property test and judges every answer by the rules all procedures share: no
 * exception escapes; a command id sent again gets its first answer back and writes nothing (GS-2); a well-formed
 * command is answered as the declaration says; a rejected command writes nothing. Each test supplies what differs:
 * how to send, its oracle, and where a case's state is.
 *
 * @param <T> the case an accepted command answers with
 */
public final class CommandJudge<T> {
  private final IdLedger ids;
  private final Supplier<StoreSnapshot> snapshot;
  private final StepLog log;
  private final Map<String, Either<Rejection, T>> firstAnswers = new HashMap<>();
  private final Map<String, Command> firstSent = new HashMap<>();
  private final Map<String, Receipt.Sender> firstSenders = new HashMap<>();
  private BiPredicate<Command, Command> sameStep;
  private Function<StoreSnapshot, ?> leftByARepeat = Function.identity();

  /** Judges by what {@code snapshot} reads; the commands' ids go into {@code ids}, each command sent into {@code log}. */
  public CommandJudge(IdLedger ids, Supplier<StoreSnapshot> snapshot, StepLog log) {
    this.ids = ids;
    this.snapshot = snapshot;
    this.log = log;
  }

  /**
   * A command id sent again replays its first answer only for the same step ({@code sameStep}: the same action on the
   * same case) and is refused as reused for any other, as the procedure's path does; arbitrary input is then never
   * taken for a repeat, since its fields may be too broken to tell the step.
   */
  public CommandJudge<T> replayingOnlyTheSameStep(BiPredicate<Command, Command> sameStep) {
    this.sameStep = sameStep;
    return this;
  }

  /** An accepted repeat must leave what {@code view} shows of a snapshot as it was (by default, all of it). */
  public CommandJudge<T> repeatsLeave(Function<StoreSnapshot, ?> view) {
    this.leftByARepeat = view;
    return this;
  }

  /**
   * Sends {@code command} by {@code actor} through {@code send} and judges the answer; {@code oracle} says what the
   * declaration expects of a well-formed command (the rejection, or the state), {@code stateOf} where the answer's
   * state is.
   */
  public Verdict<T> judge(Command command, Actor actor, boolean arbitrary, Supplier<Either<Rejection, T>> send,
      Supplier<? extends Either<Rejection, ?>> oracle, Function<? super T, ?> stateOf) {
    log.sent(actor, command);
    ids.handedOut(command);
    StoreSnapshot before = snapshot.get();
    String key = command == null ? "null" : command.center() + "/" + command.commandId();
    Either<Rejection, T> repeatOf = repeatOf(key, command, actor, arbitrary);
    Either<Rejection, ?> expected = arbitrary || repeatOf != null ? null : oracle.get();
    Either<Rejection, T> answer;
    try {
      answer = send.get();
    } catch (RuntimeException e) {
      throw new AssertionError("an exception escaped " + log.trace(), e);
    }
    if (repeatOf != null) {
      assertEquals(repeatOf, answer, () -> "a repeat returns the first answer " + log.trace());
      if (answer.isRight()) {
        assertEquals(leftByARepeat.apply(before), leftByARepeat.apply(snapshot.get()), () -> "a repeat changes nothing " + log.trace());
      }
    } else if (expected != null) {
      assertAsDeclared(expected, answer, stateOf);
    }
    if (answer.isLeft()) {
      assertEquals(before, snapshot.get(), () -> "a rejected command changes nothing " + log.trace());
    } else if (!firstAnswers.containsKey(key)) {
      firstAnswers.put(key, answer);
      firstSent.put(key, command);
      firstSenders.put(key, Receipt.Sender.of(actor));
    }
    return new Verdict<>(answer, repeatOf != null, before);
  }

  /** Refused exactly when the declaration says so, with that very rejection; otherwise in the state it names. */
  private void assertAsDeclared(Either<Rejection, ?> expected, Either<Rejection, T> answer, Function<? super T, ?> stateOf) {
    assertEquals(expected.isLeft(), answer.isLeft(), () -> "rejected exactly when the declaration says so: " + answer + " expected " + expected
        + log.trace());
    if (expected.isLeft()) {
      assertEquals(expected.getLeft(), answer.getLeft(), log::trace);
    } else {
      assertEquals(expected.get(), stateOf.apply(answer.get()), () -> "the declared target state " + log.trace());
    }
  }

  private Either<Rejection, T> repeatOf(String key, Command command, Actor actor, boolean arbitrary) {
    Command earlier = firstSent.get(key);
    if (earlier == null || sameStep != null && arbitrary) {
      return sameStep == null ? firstAnswers.get(key) : null;
    }
    // only the first sender, in the same seat, gets the first answer back (GS-2, GS-5)
    boolean sameSender = actor != null && firstSenders.get(key).is(actor);
    boolean same = sameSender && (sameStep == null || sameStep.test(earlier, command));
    return same ? firstAnswers.get(key) : Either.left(new Rejection.CommandIdReused(command.commandId()));
  }

  /**
   * The answer to one command, whether it was a repeat of one answered before, and what the stores held before it.
   *
   * @param <T> the case an accepted command answers with
   */
  public record Verdict<T>(Either<Rejection, T> answer, boolean repeat, StoreSnapshot before) {}
}
