package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Decision;

/**
 * What a declared opening step makes: the new case, standing in the step's target state, decided purely from the
 * command that triggered it and the step. Usually a static method of the aggregate ({@code Complaint::open}).
 *
 * @param <S> the procedure's states
 * @param <C> the procedure's case
 * @param <K> the command that triggers the step
 */
@FunctionalInterface
public interface Opens<S, C, K> {
  Decision<C> open(K command, Step<S> step);
}
