package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.PolicyVersion;
import java.time.Instant;
import java.util.Optional;

/** What a decision may know about the step it is taking: which case, who, when, from where to where, why. */
public record Step<S>(
    String caseId, CenterId center, Actor actor, Instant at, Optional<S> from, S to, Clause clause, PolicyVersion policy) {}
