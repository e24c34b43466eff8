package io.bizcenter.core.port;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One accepted decision on the audit trail (GS-6): who (staff, role, department), when, which step under which
 * clause and policy version, the state before and after, what happened and which notices it sent.
 */
public record AuditEntry(
    CenterId center,
    String procedure,
    String caseId,
    long version,
    CommandId commandId,
    StaffId staff,
    Role role,
    Department department,
    Instant at,
    String action,
    Clause clause,
    PolicyVersion policy,
    Optional<String> from,
    String to,
    List<DomainEvent> events,
    List<OutboxNotice> notices) {
  public AuditEntry {
    events = List.copyOf(events);
    notices = List.copyOf(notices);
  }
}
