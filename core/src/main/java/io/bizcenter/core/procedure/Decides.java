package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Decision;

/**
 * What a declared step does to its case: the case after the step, decided purely from the case, the command that
 * triggered the step and the step itself. Usually a method of the aggregate ({@code Complaint::tellFix}).
 *
 * @param <S> the procedure's states
 * @param <C> the procedure's case
 * @param <K> the command that triggers the step
 */
@FunctionalInterface
public interface Decides<S, C, K> {
  Decision<C> decide(C current, K command, Step<S> step);
}
