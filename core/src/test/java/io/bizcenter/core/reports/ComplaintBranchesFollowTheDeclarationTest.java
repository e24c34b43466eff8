package io.bizcenter.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.complaints.ComplaintProcedure;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.TimeLimit;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The report's branches are read off the complaint procedure's declaration, so their time limits are the policy's. */
class ComplaintBranchesFollowTheDeclarationTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @ParameterizedTest
  @EnumSource(ComplaintBranch.class)
  @DisplayName("CP-1.2..CP-2.3 each branch's path is a way through the declaration under the branch's clause")
  void eachPathIsDeclared(ComplaintBranch branch) {
    List<ComplaintState> path = branch.path();
    assertTrue(ComplaintProcedure.DEFINITION.transitions().stream()
        .anyMatch(t -> t.from().isEmpty() && t.to() == path.get(0)), "the path starts where a complaint is received");
    for (int i = 1; i < path.size(); i++) {
      ComplaintState from = path.get(i - 1);
      ComplaintState to = path.get(i);
      boolean triage = i == 1;
      assertTrue(ComplaintProcedure.DEFINITION.stepsFrom(from).stream()
          .anyMatch(t -> t.to() == to && (!triage || t.clause().equals(branch.clause()))), () -> branch + ": no declared step " + from + " -> " + to);
    }
    boolean intakeOnly = path.size() == 1;
    assertEquals(!intakeOnly, ComplaintProcedure.DEFINITION.stepsFrom(path.get(path.size() - 1)).stream()
        .anyMatch(t -> t.to() == ComplaintState.CLOSED && t.clause().equals(branch.clause())), branch + " ends by closing under its clause");
  }

  @Test
  @DisplayName("GS-4 every state a complaint can wait in lies on some branch, so every open complaint has a deadline")
  void everyOpenStateIsOnABranch() {
    Set<ComplaintState> covered = EnumSet.noneOf(ComplaintState.class);
    for (ComplaintBranch branch : ComplaintBranch.values()) {
      covered.addAll(branch.path());
    }
    Set<ComplaintState> open = EnumSet.allOf(ComplaintState.class);
    open.removeAll(ComplaintProcedure.DEFINITION.finals());
    assertEquals(open, covered);
  }

  @Test
  @DisplayName("GS-4 a branch allows the sum of its states' limits; days count on the property's calendar")
  void theLimitIsTheSumOfTheStatesLimits() {
    ComplaintPolicy policy = ComplaintPolicy.defaults()
        .with(PolicyVersion.of("t-1"), ComplaintState.PHONE_RECEIVED, TimeLimit.ofHours(1))
        .with(PolicyVersion.of("t-2"), ComplaintState.PHONE_WITHIN_REMIT, TimeLimit.ofHours(2))
        .with(PolicyVersion.of("t-3"), ComplaintState.PHONE_FIX_PROMISED, TimeLimit.ofDays(1))
        .with(PolicyVersion.of("t-4"), ComplaintState.PHONE_FIXED, TimeLimit.ofHours(4));
    ComplaintBranch branch = ComplaintBranch.PHONE_WITHIN_REMIT;
    assertEquals(Duration.ofHours(31), branch.timeAllowed(policy));
    Instant received = Instant.parse("2026-03-02T01:00:00Z");
    assertEquals(received.plus(Duration.ofHours(31)), branch.deadline(received, SHANGHAI, policy));
    assertEquals(Optional.of(ComplaintState.PHONE_RECEIVED), branch.path().stream().findFirst());
  }
}
