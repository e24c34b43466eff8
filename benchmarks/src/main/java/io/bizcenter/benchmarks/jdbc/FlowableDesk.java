package io.bizcenter.benchmarks.jdbc;

import io.bizcenter.benchmarks.complaints.PlainRules;
import io.bizcenter.benchmarks.complaints.ComplaintHandling;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * Peer on the database: Flowable 7, standalone (no Spring), history level "audit", on the same kind of database,
 * running the complaint procedure as user tasks (complaint-handling.bpmn20.xml). Recording a complaint starts a process
 * instance with the intake as variables; each later command finds the complaint's open task among those of the actor's
 * department, checks that it is the step the command asks for and the guards the model cannot say, and completes it
 * with the command's facts as variables. Flowable keeps no receipts, no outbox and no case document: it does less than
 * the library per step, which favours it in the comparison.
 */
public final class FlowableDesk implements ComplaintHandling<FlowableDesk.Complaint>, AutoCloseable {
  /** A complaint as Flowable knows it: its process instance, and whether it came by letter (for the apology's guard). */
  public record Complaint(String processInstanceId, boolean letter) {}

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;

  public FlowableDesk(DataSource dataSource) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    // MariaDB's metadata answers a table query without a catalog from every database on the server: an earlier run's
    // ACT_GE_PROPERTY made Flowable skip creating its tables in this fresh one
    configuration.setDatabaseCatalog(catalogOf(dataSource));
    configuration.setHistoryLevel(HistoryLevel.AUDIT);
    configuration.setAsyncExecutorActivate(false);
    configuration.setDisableIdmEngine(true);
    configuration.setDisableEventRegistry(true);
    this.engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .addClasspathResource("io/bizcenter/benchmarks/jdbc/complaint-handling.bpmn20.xml")
        .deploy();
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
  }

  private static String catalogOf(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return product.contains("MariaDB") || product.contains("MySQL") ? connection.getCatalog() : null;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the benchmark database's catalog", e);
    }
  }

  @Override
  public Complaint open(ComplaintCommand.Opening command, Actor actor) {
    Department d = actor.department();
    if (d != Department.OPERATIONS && d != Department.MANAGEMENT && d != Department.MANAGEMENT_OFFICE) {
      throw new IllegalStateException("refused: " + PlainRules.actionOf(command) + " by " + d);
    }
    Map<String, Object> intake = new HashMap<>();
    intake.put("channel", command.channel().name());
    intake.put("complainantName", command.complainant().name().value());
    intake.put("complainantCompany", command.complainant().company());
    intake.put("complainantPhone", command.complainant().phone().value());
    intake.put("content", command.content());
    command.letterReference().ifPresent(letter -> intake.put("letter", letter));
    intake.put("receivedBy", actor.staff().value());
    String id = retried(() -> runtime.startProcessInstanceByKey("complaintHandling", command.commandId().value(), intake).getId());
    return new Complaint(id, command.letterReference().isPresent());
  }

  @Override
  public Complaint step(Complaint complaint, ComplaintCommand.OnComplaint command, Actor actor) {
    Task task = tasks.createTaskQuery()
        .processInstanceId(complaint.processInstanceId())
        .taskCandidateGroup(actor.department().name())
        .singleResult();
    String expected = taskName(command);
    if (task == null || !task.getName().equals(expected)) {
      throw new IllegalStateException("refused: " + expected + " is not open for " + actor.department() + " (open: "
          + (task == null ? "none" : task.getName()) + ")");
    }
    String broken = broken(complaint, command);
    if (broken != null) {
      throw new IllegalStateException("refused: " + broken);
    }
    retried(() -> {
      tasks.complete(task.getId(), facts(command));
      return task;
    });
    return complaint;
  }

  /**
   * A deadlock the database broke (MariaDB, eight clients) rolled Flowable's call back whole, in its own transaction:
   * the call is made again, as a vendor's code would, rather than ending the run.
   */
  private static <T> T retried(java.util.function.Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (RuntimeException e) {
        if (attempt >= 5 || !deadlock(e)) {
          throw e;
        }
      }
    }
  }

  private static boolean deadlock(Throwable e) {
    if (e == null) {
      return false;
    }
    if (e instanceof java.sql.SQLTransactionRollbackException) {
      return true;
    }
    for (Throwable suppressed : e.getSuppressed()) {
      if (deadlock(suppressed)) {
        return true;
      }
    }
    return deadlock(e.getCause());
  }

  /** CLOSED once the process instance has ended. */
  @Override
  public ComplaintState state(Complaint complaint) {
    return runtime.createProcessInstanceQuery().processInstanceId(complaint.processInstanceId()).count() == 0
        ? ComplaintState.CLOSED
        : null;
  }

  @Override
  public ComplaintId id(Complaint complaint) {
    return ComplaintId.of(complaint.processInstanceId());
  }

  @Override
  public void close() {
    engine.close();
  }

  private static String taskName(ComplaintCommand.OnComplaint command) {
    return switch (PlainRules.actionOf(command)) {
      case TRIAGE_WITHIN_REMIT, TRIAGE_OUTSIDE_REMIT, TRIAGE_HARD_CASE -> "TRIAGE";
      case CONFIRM_SOLVED, REPORT_UNSOLVED -> "FOLLOW_UP";
      default -> PlainRules.actionOf(command).name();
    };
  }

  /** The rules the model cannot say: a letter's apology is written (CP-2.2, CP-2.3); Operations is never the department concerned. */
  private static String broken(Complaint complaint, ComplaintCommand.OnComplaint command) {
    if (command instanceof ComplaintCommand.Apologise a && complaint.letter() && !a.inWriting()) {
      return "CP_WRITTEN_APOLOGY_REQUIRED";
    }
    if (command instanceof ComplaintCommand.ForwardToDepartment f && f.department() == Department.OPERATIONS
        || command instanceof ComplaintCommand.ContactDepartments c && c.departments().contains(Department.OPERATIONS)) {
      return "CP_DEPARTMENT_CONCERNED_IS_OPERATIONS";
    }
    return null;
  }

  /** The command's facts, kept as process variables (and in history, at level audit). */
  private static Map<String, Object> facts(ComplaintCommand.OnComplaint command) {
    Map<String, Object> facts = new HashMap<>();
    if (command instanceof ComplaintCommand.Triage c) {
      facts.put("remit", c.remit().name());
    } else if (command instanceof ComplaintCommand.TellFix c) {
      facts.put("fix", c.fix());
    } else if (command instanceof ComplaintCommand.RecordFixed c) {
      facts.put("fixedNote", c.note());
    } else if (command instanceof ComplaintCommand.Apologise c) {
      facts.put("apologyInWriting", c.inWriting());
      c.replyReference().ifPresent(reply -> facts.put("reply", reply));
    } else if (command instanceof ComplaintCommand.ArchiveLetterAndReply c) {
      facts.put("archive", c.archive());
    } else if (command instanceof ComplaintCommand.ForwardToDepartment c) {
      facts.put("concernedDepartment", c.department().name());
    } else if (command instanceof ComplaintCommand.RecordPlan c) {
      facts.put("plan", c.plan());
      facts.put("handlerName", c.handler().name().value());
      facts.put("handlerPhone", c.handler().phone().value());
    } else if (command instanceof ComplaintCommand.FollowUp c) {
      facts.put("solved", c.solved());
      facts.put("followUpNote", c.note());
    } else if (command instanceof ComplaintCommand.VisitCompany c) {
      facts.put("visitFindings", c.findings());
    } else if (command instanceof ComplaintCommand.ContactDepartments c) {
      facts.put("contactedDepartments", c.departments().stream().map(Enum::name).collect(Collectors.joining(",")));
    } else if (command instanceof ComplaintCommand.ReportToGeneralOffice c) {
      facts.put("generalOfficeReport", c.summary());
    } else if (command instanceof ComplaintCommand.RecordResolution c) {
      facts.put("resolution", c.resolution());
    }
    return facts;
  }

  @Override
  public String toString() {
    return "Flowable";
  }
}
