package io.bizcenter.core.complaints;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.procedure.CaseDesk;
import io.bizcenter.core.procedure.DeskPorts;
import java.util.function.Function;

/**
 * Complaint handling for a vendor's code: {@code handle} takes any complaint command (each record of
 * {@link ComplaintCommand} is a step of the source: {@code new TellFix(...)}, {@code new ForwardToDepartment(...)}) and
 * answers the complaint after the step or the typed rejection that says why not; the reads answer a screen.
 */
public final class ComplaintDesk extends CaseDesk<ComplaintState, ComplaintAction, Complaint, ComplaintCommand, ComplaintId> {
  public ComplaintDesk(Complaints complaints, DeskPorts ports, Function<CenterId, ComplaintPolicy> policies) {
    super(new ComplaintRules(policies), complaints, ports);
  }
}
