package io.bizcenter.spring.reception;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Rejection;
import io.vavr.control.Either;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vendor's own write and a library command in one Spring transaction. */
@Service
public class FrontDesk {
  private final JdbcTemplate jdbc;
  private final BusinessCenter center;
  /** The command's answer, kept for the test when the method then throws. */
  private final AtomicReference<Either<Rejection, Complaint>> lastAnswer = new AtomicReference<>();

  /**
   * The center first, before anything of Boot's that waits for Flyway (JdbcTemplate does): so the starter's own order,
   * not this constructor's, must put our migrations after the application's.
   */
  public FrontDesk(BusinessCenter center, JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.center = center;
  }

  @Transactional
  public Either<Rejection, Complaint> logVisitAndRecord(String visitor, RecordPhoneComplaint command, Actor clerk,
      boolean failAfterwards) {
    jdbc.update("INSERT INTO visitor_log (visitor) VALUES (?)", visitor);
    Either<Rejection, Complaint> answer = center.complaints().handle(command, clerk);
    lastAnswer.set(answer);
    if (failAfterwards) {
      throw new IllegalStateException("the vendor's own step failed after the command");
    }
    return answer;
  }

  public Either<Rejection, Complaint> lastAnswer() {
    return lastAnswer.get();
  }

  public int visits(String visitor) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM visitor_log WHERE visitor = ?", Integer.class, visitor);
  }
}
