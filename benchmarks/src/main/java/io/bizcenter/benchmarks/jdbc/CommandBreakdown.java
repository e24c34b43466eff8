package io.bizcenter.benchmarks.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.benchmarks.complaints.CommandIds;
import io.bizcenter.benchmarks.complaints.ComplaintHandling;
import io.bizcenter.benchmarks.complaints.ComplaintWorkflow;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintDecisions;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.json.BizCenterJson;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 22, figure 6: where a command's time goes on the library's JDBC desk. The complaint workload runs on one client
 * through a {@link TimingDataSource}, which splits the JDBC time by kind (each statement, the commit, taking and handing
 * back the connection); the library's own Java is what is left of the wall time, and two loops of their own split it
 * further: the pure decision ({@link ComplaintDecisions}, what the decision path benchmark measures) and the JSON of the
 * case document ({@link BizCenterJson}'s storage mapper, as adapters-jdbc's Documents uses it: per command, the case is
 * decoded once and encoded twice, for its row and for the receipt's answer).
 */
public final class CommandBreakdown {
  /** One line of the breakdown: µs per command, calls per command, and whether it is a round trip to the database. */
  public record Part(String what, double microsPerCommand, double callsPerCommand, boolean roundTrip) {}

  /** The whole: wall µs per command, and its parts (JDBC by kind, then the library's Java split further). */
  public record Measured(String database, double microsPerCommand, List<Part> parts) {
    public double roundTripsPerCommand() {
      return parts.stream().filter(Part::roundTrip).mapToDouble(Part::callsPerCommand).sum();
    }

    /** The JDBC parts, then the library's Java: the decision, the JSON, and what is left of the wall time. */
    public Measured withJava(JavaParts java) {
      List<Part> all = new ArrayList<>(parts);
      double jdbc = parts.stream().mapToDouble(Part::microsPerCommand).sum();
      all.add(new Part("decision (declaration check + aggregate's decision; own loop)", java.decision(), 1, false));
      all.add(new Part("JSON: case document decoded once, encoded twice (own loop)", java.json(), 1, false));
      all.add(new Part("the rest of the library's Java (events, notices, agenda, mapping, CasePath; wall time less all above)",
          microsPerCommand - jdbc - java.decision() - java.json(), 1, false));
      return new Measured(database, microsPerCommand, all);
    }
  }

  private CommandBreakdown() {}

  /** µs per command of the library's Java that no database changes: the pure decision and the case document's JSON. */
  public record JavaParts(double decision, double json) {
    public static JavaParts measure(long warmMillis, long timedMillis) {
      return new JavaParts(decisionMicros(warmMillis, timedMillis), jsonMicros(warmMillis, timedMillis));
    }
  }

  /** The JDBC parts of the breakdown on a new database of this kind (see {@link Measured#withJava}): warm-up for {@code warmMillis}, then timed for {@code timedMillis}. */
  public static Measured on(Databases.Kind kind, long warmMillis, long timedMillis) {
    try (HikariDataSource pool = Databases.fresh(kind, "breakdown", 4)) {
      TimingDataSource timing = new TimingDataSource(pool);
      ComplaintHandling<?> desk = JdbcDeskBenchmark.on("library", timing);
      CommandIds ids = new CommandIds("breakdown-");
      runFor(desk, ids, warmMillis);
      timing.take();
      long start = System.nanoTime();
      long commands = runFor(desk, ids, timedMillis);
      double wall = (System.nanoTime() - start) / 1e3 / commands;
      Map<String, TimingDataSource.Spent> spent = timing.take();
      List<Part> parts = new ArrayList<>();
      for (Map.Entry<String, TimingDataSource.Spent> e : spent.entrySet()) {
        parts.add(new Part(e.getKey(), e.getValue().nanos() / 1e3 / commands, e.getValue().calls() / (double) commands,
            timing.isStatement(e.getKey())));
      }
      return new Measured(kind.name(), wall, parts);
    }
  }

  private static long runFor(ComplaintHandling<?> desk, CommandIds ids, long millis) {
    long commands = 0;
    long end = System.nanoTime() + millis * 1_000_000;
    do {
      commands += ComplaintWorkflow.run(desk, ids);
    } while (System.nanoTime() < end);
    return commands;
  }

  /** µs per command of the pure decision over the complaint workload. */
  static double decisionMicros(long warmMillis, long timedMillis) {
    Decisions decisions = new Decisions(Instant.parse("2026-12-07T02:00:00Z"));
    CommandIds ids = new CommandIds("decision-");
    runFor(decisions, ids, warmMillis / 2);
    long start = System.nanoTime();
    long commands = runFor(decisions, ids, timedMillis / 2);
    return (System.nanoTime() - start) / 1e3 / commands;
  }

  /** µs per command of the case document's JSON: every case state of the workload decoded once and encoded twice. */
  static double jsonMicros(long warmMillis, long timedMillis) {
    Decisions decisions = new Decisions(Instant.parse("2026-12-07T02:00:00Z"));
    decisions.kept = new ArrayList<>();
    ComplaintWorkflow.run(decisions, new CommandIds("json-"));
    List<Complaint> cases = decisions.kept;
    ObjectMapper json = BizCenterJson.storageMapper();
    List<String> documents = new ArrayList<>();
    try {
      for (Complaint c : cases) {
        documents.add(json.writeValueAsString(c));
      }
      long sink = 0;
      long end = System.nanoTime() + warmMillis / 2 * 1_000_000;
      long rounds = 0;
      long start = 0;
      boolean timed = false;
      while (true) {
        for (int i = 0; i < cases.size(); i++) {
          sink += json.readValue(documents.get(i), Complaint.class).version();
          sink += json.writeValueAsString(cases.get(i)).length();
          sink += json.writeValueAsString(cases.get(i)).length();
        }
        rounds++;
        if (System.nanoTime() >= end) {
          if (timed) {
            break;
          }
          timed = true;
          rounds = 0;
          start = System.nanoTime();
          end = start + timedMillis / 2 * 1_000_000;
        }
      }
      if (sink == 42) {
        System.err.println("(unlikely) " + sink);
      }
      return (System.nanoTime() - start) / 1e3 / (rounds * cases.size());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode or decode a complaint", e);
    }
  }

  /** The library's decision for each command without storage, the case it answers kept when asked. */
  private static final class Decisions implements ComplaintHandling.OfCases {
    private final Instant now;
    List<Complaint> kept;

    Decisions(Instant now) {
      this.now = now;
    }

    @Override
    public Complaint open(ComplaintCommand.Opening command, Actor actor) {
      return taken(ComplaintDecisions.open(command, actor, "C-1", now, ComplaintPolicy.DEFAULT_VERSION));
    }

    @Override
    public Complaint step(Complaint complaint, ComplaintCommand.OnComplaint command, Actor actor) {
      return taken(ComplaintDecisions.step(complaint, command, actor, now, ComplaintPolicy.DEFAULT_VERSION));
    }

    private Complaint taken(Either<Rejection, Decision<Complaint>> answer) {
      Complaint next = answer.getOrElseThrow(r -> new IllegalStateException("refused: " + r.code())).state();
      if (kept != null) {
        kept.add(next);
      }
      return next;
    }
  }
}
