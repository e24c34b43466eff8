package io.bizcenter.examples.boot;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.AssureCaller;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The application's own write and the library's commands in one Spring transaction. */
@Service
public class FrontDesk {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final Actor CLERK = Actor.of("op-07", Role.STAFF, Department.OPERATIONS, TOWER);

  private final BusinessCenter center;
  private final JdbcTemplate jdbc;
  private final MeterRegistry meters;
  private final HealthEndpoint health;

  public FrontDesk(BusinessCenter center, JdbcTemplate jdbc, MeterRegistry meters, HealthEndpoint health) {
    this.center = center;
    this.jdbc = jdbc;
    this.meters = meters;
    this.health = health;
  }

  /** Commits the visitor's row and the forwarded complaint together, or neither. */
  @Transactional
  public void receiveAVisitorWithAComplaint() {
    Complaint c = center.complaints().handle(new RecordPhoneComplaint(next(), TOWER,
        Complainant.of("王小明", "上海某某贸易有限公司", "13800138000"), "车库夜间无人巡逻"), CLERK).get();
    center.complaints().handle(new Triage(next(), TOWER, c.id(), Remit.OUTSIDE), CLERK).get();
    center.complaints().handle(new AssureCaller(next(), TOWER, c.id()), CLERK).get();
    center.complaints().handle(new ForwardToDepartment(next(), TOWER, c.id(), Department.SECURITY), CLERK).get();
    jdbc.update("INSERT INTO visitor_log (visitor, complaint_id) VALUES (?, ?)", "王小明", c.id().value());
    System.out.println("complaint " + c.id() + " recorded and forwarded; visitor logged, in one transaction");
  }

  public void report() {
    System.out.println("visitors so far (every run): "
        + jdbc.queryForObject("SELECT COUNT(*) FROM visitor_log", Integer.class));
    for (Counter counter : meters.find("bizcenter.commands").counters()) {
      System.out.println("bizcenter.commands " + counter.getId().getTags() + " = " + counter.count());
    }
    System.out.println("bizcenter.outbox.depth = " + meters.get("bizcenter.outbox.depth").gauge().value());
    System.out.println("health bizcenter = " + health.healthForPath("bizcenter").getStatus());
  }

  private static CommandId next() {
    return CommandId.of("desk-" + UUID.randomUUID());
  }
}
