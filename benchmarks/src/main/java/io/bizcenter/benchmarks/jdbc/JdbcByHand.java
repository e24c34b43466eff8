package io.bizcenter.benchmarks.jdbc;

import io.bizcenter.benchmarks.complaints.ComplaintHandling;
import io.bizcenter.benchmarks.complaints.PlainChecks;
import io.bizcenter.benchmarks.complaints.PlainComplaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.kernel.Actor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A complaint desk a vendor writes by hand on JDBC: each command's field checks and center, then one transaction, rolled
 * back on any failure. What a command reads and writes, and in how many round trips, is the baseline's own ({@link #once}).
 */
abstract class JdbcByHand implements ComplaintHandling.OfPlainCases {
  protected final DataSource dataSource;
  protected final Clock clock;
  protected final ZoneId zone;
  protected final ComplaintPolicy policy = ComplaintPolicy.defaults();
  protected final AtomicLong ids = new AtomicLong();
  protected final DeskDocuments documents;

  JdbcByHand(DataSource dataSource, Clock clock, ZoneId zone) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.zone = zone;
    this.documents = new DeskDocuments(dataSource);
  }

  @Override
  public PlainComplaint open(ComplaintCommand.Opening command, Actor actor) {
    return handle(command, actor);
  }

  @Override
  public PlainComplaint step(PlainComplaint complaint, ComplaintCommand.OnComplaint command, Actor actor) {
    return handle(command, actor);
  }

  public PlainComplaint handle(ComplaintCommand command, Actor actor) {
    List<String> problems = PlainChecks.problems(command, actor);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid: " + problems);
    }
    if (!actor.worksFor(command.center())) {
      throw new IllegalStateException("refused: not in the actor's center");
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        PlainComplaint answer = once(c, command, actor);
        c.commit();
        return answer;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("database call failed", e);
    }
  }

  /** One command inside its transaction: the earlier answer if it was carried out before, else the step, written. */
  protected abstract PlainComplaint once(Connection c, ComplaintCommand command, Actor actor) throws SQLException;
}
