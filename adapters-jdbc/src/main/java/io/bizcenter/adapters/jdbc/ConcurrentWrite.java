package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.kernel.Rejection;
import java.sql.SQLException;

/**
 * Another transaction wrote the same key first (a unique violation): a lost race, not a broken database. The
 * transaction is rolled back and answered as a version conflict, so the command path decides again.
 */
final class ConcurrentWrite extends StorageFailure {
  private final String procedure;
  private final String caseId;
  private final long expected;
  private final long actual;

  /** {@code expected} and {@code actual} are the versions as far as the loser can tell (-1: not known). */
  ConcurrentWrite(String procedure, String caseId, long expected, long actual, SQLException cause) {
    super("concurrent write to " + procedure + " " + caseId, cause);
    this.procedure = procedure;
    this.caseId = caseId;
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * A lost race whose case the failing statement does not tell (a lock row, a case's agenda rows, a deadlock): answered
   * as a conflict all the same, at the unit of work's outermost level.
   */
  static ConcurrentWrite unnamed(SQLException cause) {
    return new ConcurrentWrite("", "", -1, -1, cause);
  }

  Rejection.VersionConflict conflict() {
    return new Rejection.VersionConflict(procedure, caseId, expected, actual);
  }

  /** MariaDB's and MySQL's error for a duplicate key; their SQLSTATE 23000 covers every integrity violation. */
  private static final int DUPLICATE_KEY = 1062;

  /**
   * The database gave up one of two transactions that wait on each other (a deadlock: SQLSTATE 40P01 on PostgreSQL,
   * 40001 with error 1213 on MariaDB and MySQL, which roll the whole transaction back, savepoints and all). Like a lost
   * race it is answered as a version conflict: nothing of the command was kept, and it may be sent again.
   */
  static boolean isDeadlock(SQLException e) {
    return "40P01".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
  }

  /** SQLSTATE 23505, unique violation, on H2 and PostgreSQL; error 1062 on MariaDB and MySQL. */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState()) || "23000".equals(e.getSQLState()) && e.getErrorCode() == DUPLICATE_KEY;
  }
}
