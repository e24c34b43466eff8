package io.bizcenter.core.kernel;

import java.util.List;

/**
 * The command id was accepted once, longer ago than the idempotency window: its answer was pruned, so it cannot be
 * given back, and the command is not decided a second time either (GS-2). The sender reads the case afresh.
 */
public record CommandExpired(CommandId commandId) implements Rejection.RuleBroken {
  public String code() {
    return "COMMAND_EXPIRED";
  }

  public Clause clause() {
    return Clause.of("GS-2");
  }

  public List<Object> arguments() {
    return List.of(commandId.value());
  }
}
