package io.bizcenter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.EveryCommand;
import io.bizcenter.testkit.KeyCommands;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The wire format, guarded by one golden file per family of types under {@code src/test/resources/golden/}: every
 * command, cases, an audit trail, agenda items, available actions and rejections. A change to the format fails here and
 * must be a decision: rewrite the files with {@code -Dbizcenter.golden=write} and read the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ObjectWriter PRETTY = BizCenterJson.mapper().writerWithDefaultPrettyPrinter();
  private static final CenterId TOWER = CenterId.of("harbour-tower");
  private static final Actor OPERATIONS = Actor.of("op-1", Role.STAFF, Department.OPERATIONS, TOWER);

  @Test
  @DisplayName("commands: every command record, its fields filled in the same way, written as in commands.json and read back equal")
  void commands() throws IOException {
    Map<String, Command> every = new LinkedHashMap<>();
    for (ProcedureTypes procedure : ProcedureTypes.ALL) {
      for (Class<? extends Command> record : procedure.commandRecords()) {
        every.put(ProcedureTypes.commandName(record), EveryCommand.build(record, new Fixed()));
      }
    }
    JsonNode golden = golden("commands.json", every);
    for (Map.Entry<String, Command> command : every.entrySet()) {
      assertEquals(command.getValue(), BizCenterJson.read(golden.get(command.getKey()), command.getValue().getClass()).get(), command.getKey());
    }
  }

  @Test
  @DisplayName("cases (a complaint, a key backup), the complaint's audit trail, agenda items, available actions and rejections, as in their golden files")
  void aComplaintAndAKey() throws IOException {
    ManualClock clock = new ManualClock(Instant.parse("2026-03-02T01:00:00Z"));
    InMemoryStorage storage = new InMemoryStorage();
    BusinessCenter center = BusinessCenter.builder().storage(storage).clock(clock).ids(new SequentialIds("g-")).notifier(new RecordingNotifier())
        .build();
    Complaint complaint = center.complaints().handle(new ComplaintCommand.RecordPhoneComplaint(CommandId.of("c-1"), TOWER,
        Complainant.of("司马相如", "上海某某贸易有限公司", "13987654321"), "空调不制冷 \"O'Brien\" <b>"), OPERATIONS).get();
    ComplaintId id = complaint.id();
    clock.advance(Duration.ofMinutes(20));
    center.complaints().handle(new ComplaintCommand.Triage(CommandId.of("c-2"), TOWER, id, Remit.OUTSIDE), OPERATIONS).get();
    center.complaints().handle(new ComplaintCommand.AssureCaller(CommandId.of("c-3"), TOWER, id), OPERATIONS).get();
    clock.advance(Duration.ofMinutes(40));
    complaint = center.complaints().handle(new ComplaintCommand.ForwardToDepartment(CommandId.of("c-4"), TOWER, id, Department.ENGINEERING),
        OPERATIONS).get();

    Actor keyDesk = Actor.of("bc-mgr", Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER, TOWER);
    SplittableRandom random = new SplittableRandom(19);
    Holder tenant = Holder.tenant(TenantId.of("T-acme"));
    Either<Rejection, Key> backup = center.keys().handle(KeyCommands.wellFormedFor(random, TOWER, null, KeyAction.REGISTER_DOOR_BACKUP,
        List.of(RoomId.of("1203")), List.of(tenant)), keyDesk);
    Map<String, Object> cases = new LinkedHashMap<>();
    cases.put("Complaint", complaint);
    cases.put("Key", backup.get());
    golden("cases.json", cases);
    assertEquals(complaint, BizCenterJson.read(BizCenterJson.write(complaint), Complaint.class).get());

    List<AuditEntry> trail = storage.eventLog().trail(TOWER, "complaints", id.value());
    assertTrue(trail.size() == 4 && !trail.get(3).notices().isEmpty(), "the forward sends a notice");
    golden("audit-trail.json", trail);
    List<AgendaItem> agenda = storage.agenda().forCase(TOWER, "complaints", id.value());
    golden("agenda.json", agenda);
    List<ComplaintAction> actions = center.complaints().availableActions(OPERATIONS, TOWER, id).get();
    golden("available-actions.json", actions);

    Map<String, Rejection> rejections = new LinkedHashMap<>();
    rejections.put("actionNotAllowed", center.complaints().handle(new ComplaintCommand.TellFix(CommandId.of("c-5"), TOWER, id, "明天修"), OPERATIONS)
        .getLeft());
    rejections.put("actorNotPermitted", center.complaints().handle(new ComplaintCommand.RecordPlan(CommandId.of("c-6"), TOWER, id, "修理计划",
        io.bizcenter.core.complaints.Handler.of("诸葛孔明", "021-66668888")), Actor.of("cl-1", Role.CLEANER, Department.BUSINESS_CENTER, TOWER))
        .getLeft());
    rejections.put("caseNotFound", center.complaints().handle(new ComplaintCommand.AssureCaller(CommandId.of("c-7"), TOWER, ComplaintId.of("k-404")),
        OPERATIONS).getLeft());
    rejections.put("invalidInput", center.complaints().handle(new ComplaintCommand.RecordPhoneComplaint(CommandId.of("c-8"), TOWER,
        Complainant.of("", "上海某某贸易有限公司", "abc"), " "), OPERATIONS).getLeft());
    rejections.put("invalidJson", BizCenterJson.read("{\"commandId\":\"c-9\",\"center\":7}", ComplaintCommand.AssureCaller.class).getLeft());
    golden("rejections.json", rejections);
  }

  /** Compares {@code value}'s JSON with the golden file, or writes the file with {@code -Dbizcenter.golden=write}. */
  private static JsonNode golden(String file, Object value) throws IOException {
    String json = PRETTY.writeValueAsString(value) + "\n";
    Path path = GOLDEN.resolve(file);
    if ("write".equals(System.getProperty("bizcenter.golden"))) {
      Files.createDirectories(GOLDEN);
      Files.writeString(path, json, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(path, StandardCharsets.UTF_8), json, file + " (rewrite it with -Dbizcenter.golden=write if the change is meant)");
    return BizCenterJson.storageMapper().readTree(json);
  }

  /** The same value for every field of a type: a command of every record, all of it filled. */
  private static final class Fixed implements EveryCommand.Values {
    @Override
    public Object leaf(Class<?> owner, String name, Class<?> type) {
      if (type == String.class) {
        return "文字 text";
      }
      if (type == int.class || type == Integer.class) {
        return 2;
      }
      if (type == long.class || type == Long.class) {
        return 3L;
      }
      if (type == boolean.class || type == Boolean.class) {
        return true;
      }
      if (type == Money.class) {
        return Money.yuan("120.00");
      }
      if (type == PersonName.class) {
        return PersonName.of("司马相如");
      }
      if (type == PhoneNumber.class) {
        return PhoneNumber.of("13987654321");
      }
      if (type == CenterId.class) {
        return TOWER;
      }
      if (ValueRecords.isValue(type)) {
        try {
          return type.getDeclaredConstructor(String.class).newInstance(type.getSimpleName().toLowerCase() + "-1");
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      if (type == BigDecimal.class) {
        return new BigDecimal("0.30");
      }
      if (type == Instant.class) {
        return Instant.parse("2026-03-02T01:00:00Z");
      }
      if (type == LocalDate.class) {
        return LocalDate.parse("2026-03-02");
      }
      if (type == LocalDateTime.class) {
        return LocalDateTime.parse("2026-03-02T09:00");
      }
      if (type == Duration.class) {
        return Duration.ofMinutes(30);
      }
      if (type.isEnum()) {
        return type.getEnumConstants()[0];
      }
      return null;
    }
  }
}
