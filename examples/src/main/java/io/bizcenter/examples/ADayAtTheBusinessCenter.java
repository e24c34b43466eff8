package io.bizcenter.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractCommand;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.Signatory;
import io.bizcenter.core.contracts.SupportingDocument;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.contracts.Terms;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.keys.MasterKeyPurpose;
import io.bizcenter.core.meetings.Client;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingCommand;
import io.bizcenter.core.meetings.RequestForm;
import io.bizcenter.core.meetings.ServiceItem;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceCommand;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseCommand;
import io.bizcenter.core.services.ReceiptCopy;
import io.bizcenter.core.services.ServiceCode;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderCommand;
import io.bizcenter.core.services.Skill;
import io.bizcenter.core.services.Slot;
import io.bizcenter.core.services.StaffSkills;
import io.bizcenter.core.services.StandardService;
import io.bizcenter.core.tenancy.ChargeItem;
import io.bizcenter.core.tenancy.ClientContact;
import io.bizcenter.core.tenancy.ClientDocument;
import io.bizcenter.core.tenancy.ClientIntent;
import io.bizcenter.core.tenancy.Compensation;
import io.bizcenter.core.tenancy.DirectoryEntry;
import io.bizcenter.core.tenancy.FeeLine;
import io.bizcenter.core.tenancy.IdentityDocument;
import io.bizcenter.core.tenancy.IdentityDocumentKind;
import io.bizcenter.core.tenancy.InventoryLine;
import io.bizcenter.core.tenancy.ItemCondition;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInCommand;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutCommand;
import io.bizcenter.core.tenancy.OrientationItem;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitCommand;
import io.bizcenter.core.tenancy.TenancyPolicy;
import io.bizcenter.forms.tenancy.ClientMoveRegistrationForm;
import io.bizcenter.forms.complaints.ReplyLetter;
import io.bizcenter.forms.services.FeeReceiptForm;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day at the business center: in fact a quarter, on a simulated clock, in which one tenant goes through every
 * procedure the library holds. The tenant signs a lease and a parking agreement (CS), moves in (MI) and receives its
 * door keys (KY), books a meeting (MR), orders printing while Engineering borrows the printer (SV), complains by phone
 * and by letter (CP); a cleaner loses a master key (KY-1.3); the lease watch brings the renewal visit (MO-1.1), where
 * the tenant says it will leave, and it moves out with a key missing (MO, KY-2.4).
 *
 * <p>Each active day prints the morning's agenda of every department, then each step with its clause, who took it and
 * what it did, in zh-CN and en; two commands are refused on purpose, to show a rejection in both languages. At the end
 * every form the forms module prints is written to a folder whose path is printed.
 *
 * <p>The data stay: by default the program runs on an embedded H2 file under the build folder (the examples pom names
 * it), so a second run finds the first one's tenant, contracts and keys, and tells so. Each run takes the next quarter
 * and ids of its own ({@code R2-...}), so nothing collides with an earlier run. {@code -Dexec.args=--in-memory} runs it
 * on the in-memory adapter instead.
 */
public final class ADayAtTheBusinessCenter {
  static final CenterId TOWER = CenterId.of("zz-tower");
  static final ZoneId ZONE = BusinessCenter.DEFAULT_ZONE;
  /** The first run's quarter starts on this Monday; each later run takes the next quarter. */
  static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 3, 2);
  static final int WEEKS_PER_RUN = 14;

  private static final RoomId UNIT = RoomId.of("1203");
  private static final RoomId MEETING_ROOM = RoomId.of("501");
  private static final String COMPANY = "上海某某贸易有限公司";
  private static final List<String> EQUIPMENT = List.of("空调 ×2", "窗帘", "门禁卡读卡器");
  private static final Pattern RUN_ID = Pattern.compile("R(\\d+)-\\d+");

  // the cast: one person per seat the day needs; the agenda is read for each of them every morning
  private static final Actor OPERATIONS = Actor.of("ops-07", Role.STAFF, Department.OPERATIONS, TOWER);
  private static final Actor OPERATIONS_MANAGER = Actor.of("opm-01", Role.OPERATIONS_MANAGER, Department.OPERATIONS, TOWER);
  /** The same person as the Operations manager, signing the chain in his second capacity (the default policy allows it). */
  private static final Actor OPERATIONS_DEPARTMENT_MANAGER = Actor.of("opm-01", Role.DEPARTMENT_MANAGER, Department.OPERATIONS, TOWER);
  private static final Actor DEPUTY_SUPERVISOR = Actor.of("dep-02", Role.OPERATIONS_DEPUTY_SUPERVISOR, Department.OPERATIONS, TOWER);
  private static final Actor MANAGERS_ASSISTANT = Actor.of("ast-03", Role.OPERATIONS_MANAGER_ASSISTANT, Department.OPERATIONS, TOWER);
  private static final Actor AUDIT = Actor.of("aud-01", Role.DEPARTMENT_MANAGER, Department.AUDIT, TOWER);
  private static final Actor FINANCE = Actor.of("fin-01", Role.DEPARTMENT_MANAGER, Department.FINANCE, TOWER);
  private static final Actor LEGAL = Actor.of("leg-01", Role.DEPARTMENT_MANAGER, Department.LEGAL, TOWER);
  private static final Actor GENERAL_OFFICE = Actor.of("go-01", Role.DEPARTMENT_MANAGER, Department.GENERAL_OFFICE, TOWER);
  private static final Actor ADMINISTRATION = Actor.of("adm-01", Role.STAFF, Department.ADMINISTRATION, TOWER);
  private static final Actor MANAGEMENT_OFFICE = Actor.of("mo-01", Role.STAFF, Department.MANAGEMENT_OFFICE, TOWER);
  private static final Actor SERVICE = Actor.of("sv-01", Role.STAFF, Department.SERVICE, TOWER);
  private static final Actor CLEANING = Actor.of("sc-01", Role.STAFF, Department.SERVICE_AND_CLEANING, TOWER);
  private static final Actor RECEPTION = Actor.of("sc-02", Role.RECEPTION_STAFF, Department.SERVICE_AND_CLEANING, TOWER);
  private static final Actor ENGINEER = Actor.of("en-01", Role.STAFF, Department.ENGINEERING, TOWER);
  private static final Actor ENGINEERING_MANAGER = Actor.of("en-mgr", Role.DEPARTMENT_MANAGER, Department.ENGINEERING, TOWER);
  private static final Actor GUARD = Actor.of("se-01", Role.STAFF, Department.SECURITY, TOWER);
  private static final Actor KEY_SUPERVISOR = Actor.of("bc-sup", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, TOWER);
  private static final Actor CENTER_CLERK = Actor.of("bc-01", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, TOWER);
  private static final Actor CENTER_CLEANER = Actor.of("bc-cln", Role.CLEANER, Department.BUSINESS_CENTER, TOWER);
  private static final Actor CENTER_RECEPTIONIST = Actor.of("bc-rcp", Role.RECEPTION_STAFF, Department.BUSINESS_CENTER, TOWER);
  private static final List<Actor> STAFF = List.of(OPERATIONS, OPERATIONS_MANAGER, OPERATIONS_DEPARTMENT_MANAGER, DEPUTY_SUPERVISOR,
      MANAGERS_ASSISTANT, AUDIT, FINANCE, LEGAL, GENERAL_OFFICE, ADMINISTRATION, MANAGEMENT_OFFICE, SERVICE, CLEANING, RECEPTION, ENGINEER,
      ENGINEERING_MANAGER, GUARD, KEY_SUPERVISOR, CENTER_CLERK, CENTER_CLEANER, CENTER_RECEPTIONIST);
  /** Who operates the printer for clients: the vendor's HR data would say so (SV-2.1). */
  private static final StaffId PRINTER_OPERATOR = StaffId.of("bc-01");

  /** What the earlier runs left in the database, as this run found it. */
  public record Earlier(int runs, int moveIns, int contracts, int complaints, int meetings, int keys, int devices, int serviceOrders) {
    boolean any() {
      return moveIns + contracts + complaints + meetings + keys + devices + serviceOrders > 0;
    }
  }

  /**
   * What one run did: its number, what it found from earlier runs, the procedures that took part (read from the audit
   * entries it printed), the steps and refusals, the forms folder and the files in it, and how long it took.
   */
  public record Result(int run, Earlier earlier, Set<String> procedures, int steps, int rejections, Path forms, List<Path> formFiles,
      Duration took) {
    public Result {
      procedures = Set.copyOf(procedures);
      formFiles = List.copyOf(formFiles);
    }
  }

  private final Storage storage;
  private final int run;
  private final LocalDate monday;
  private final ManualClock clock;
  private final BusinessCenter center;
  private final Narration tell;
  private final Set<String> procedures = new LinkedHashSet<>();
  private final AtomicInteger commands = new AtomicInteger();
  private final List<FormsOfTheDay.Paper> papers = new ArrayList<>();
  private int steps;
  private int rejections;
  private LocalDate today;
  // the cases of the quarter, as the script's days leave them
  private Contract lease;
  private Contract parking;
  private MoveIn moveIn;
  private final List<Key> doorKeys = new ArrayList<>();
  private RenewalVisit leaseWatch;
  private MoveOut moveOut;
  private Meeting meeting;
  private ServiceOrder order;
  private InternalUse internalUse;
  private Complaint phoneComplaint;
  private Complaint letterComplaint;
  private Key masterKey;

  private ADayAtTheBusinessCenter(Storage storage, int run, PrintStream out) {
    this.storage = storage;
    this.run = run;
    this.monday = FIRST_MONDAY.plusWeeks((long) WEEKS_PER_RUN * (run - 1));
    this.clock = new ManualClock(monday.atTime(8, 0).atZone(ZONE).toInstant());
    this.center = BusinessCenter.builder()
        .storage(storage)
        // the notices are printed under the step that sent them; here the relay's delivery only has to succeed
        .notifier(notice -> {})
        // each run draws ids of its own, so nothing collides with what an earlier run left in the database
        .ids(new SequentialIds("R" + run))
        .clock(clock)
        .staffSkills(StaffSkills.fixed(Map.of(PRINTER_OPERATOR, Set.of(Skill.TYPING, Skill.EQUIPMENT_OPERATION, Skill.EQUIPMENT_CARE))))
        .build();
    this.tell = new Narration(out, ZONE, center.procedures());
  }

  /** Runs on the embedded H2 file the examples pom names (a second run finds the first's data), or in memory with --in-memory. */
  public static void main(String[] args) {
    Path folder = Path.of(System.getProperty("bizcenter.example.folder", "target/bizcenter-example")).toAbsolutePath();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (List.of(args).contains("--in-memory")) {
      out.println("In memory: nothing is kept after the run.");
      run(new InMemoryStorage(), folder.resolve("in-memory"), out);
      return;
    }
    Path database = folder.resolve("day");
    HikariConfig pool = new HikariConfig();
    // WRITE_DELAY=0: each commit is in the file before the command answers; REUSE_SPACE=FALSE: H2 finds it after a
    // crash (JdbcStorage refuses an H2 file without either; docs/reliability.md, section 6)
    pool.setJdbcUrl("jdbc:h2:file:" + database + ";WRITE_DELAY=0;REUSE_SPACE=FALSE");
    try (HikariDataSource dataSource = new HikariDataSource(pool)) {
      JdbcStorage storage = JdbcStorage.on(dataSource);
      storage.migrate();
      out.println("Embedded H2 database: " + database + ".mv.db");
      run(storage, folder, out);
    }
  }

  /**
   * Runs the next quarter on {@code storage}, telling it on {@code out}, and prints the forms into
   * {@code folder/forms/run-N}.
   */
  public static Result run(Storage storage, Path folder, PrintStream out) {
    long started = System.nanoTime();
    Earlier earlier = earlier(storage);
    ADayAtTheBusinessCenter day = new ADayAtTheBusinessCenter(storage, earlier.runs() + 1, out);
    day.introduce(earlier);
    day.quarter();
    Path forms = folder.resolve("forms").resolve("run-" + day.run);
    List<FormsOfTheDay.Outcome> outcomes = new FormsOfTheDay(clerkInput()).print(day.papers, forms);
    day.report(outcomes, forms);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    out.printf("%nRun %d took %.1f s of real time for %d steps and %d refusals over %s to %s.%n", day.run, took.toMillis() / 1000.0, day.steps,
        day.rejections, day.monday, day.today);
    return new Result(day.run, earlier, day.procedures, day.steps, day.rejections, forms,
        outcomes.stream().flatMap(o -> o.files().stream()).toList(), took);
  }

  /** Runs so far: the highest run number among the tower's contracts, the first case each run opens. */
  static Earlier earlier(Storage storage) {
    int runs = 0;
    for (Contract c : storage.contracts().all(TOWER)) {
      Matcher m = RUN_ID.matcher(c.id().value());
      if (m.matches()) {
        runs = Math.max(runs, Integer.parseInt(m.group(1)));
      }
    }
    return new Earlier(runs, storage.moveIns().all(TOWER).size(), storage.contracts().all(TOWER).size(),
        storage.complaints().all(TOWER).size(), storage.meetings().all(TOWER).size(), storage.keys().all(TOWER).size(),
        storage.equipment().all(TOWER).size(), storage.serviceOrders().all(TOWER).size());
  }

  private void introduce(Earlier earlier) {
    if (!earlier.any()) {
      tell.line("A new database: this is run 1.");
    } else {
      tell.line("The data of earlier runs survived: " + earlier.moveIns() + " move-in(s), " + earlier.contracts() + " contract(s), "
          + earlier.complaints() + " complaint(s), " + earlier.meetings() + " meeting(s), " + earlier.keys() + " key(s), "
          + earlier.devices() + " device(s), " + earlier.serviceOrders() + " service order(s).");
      for (MoveIn m : storage.moveIns().all(TOWER)) {
        String out = center.tenancy().moveOutOf(SERVICE, TOWER, m.id()).map(o -> ", move-out " + o.id() + " " + tell.state("move-outs",
            o.state().name())).getOrElse("");
        tell.line("  found move-in " + m.id() + " of units " + m.units() + ": " + tell.state("move-ins", m.state().name()) + out);
      }
      tell.line("This is run " + run + ": it takes the next quarter and draws ids R" + run + "-1, R" + run + "-2, ...");
    }
    tell.line("The quarter runs from Monday " + monday + " on a simulated clock (Asia/Shanghai); each active day starts with every"
        + " department's agenda.");
  }

  /** The quarter, day by day: every date is the run's first Monday plus some days, so later runs take later quarters. */
  private void quarter() {
    LocalDate leaseStart = monday.plusDays(7);
    // a short first term, so that the renewal visit two months before expiry falls inside this quarter
    LocalDate leaseExpiry = monday.plusWeeks(9).plusMonths(2);
    TenantId tenant = TenantId.of("T-R" + run);

    day(0, "contract signing (CS): a lease and a parking agreement", () -> {
      at("09:00");
      lease = send(OPERATIONS, new ContractCommand.DraftContract(next(), TOWER, ContractType.LEASE, tenant, TenantType.COMPANY,
          new Terms(UNIT.value() + " 室", leaseStart, leaseExpiry, Money.yuan("12345.67"), Money.yuan("24691.34")), null, null));
      parking = send(OPERATIONS, new ContractCommand.DraftContract(next(), TOWER, ContractType.PARKING, tenant,
          TenantType.COMPANY, new Terms("B2-017 车位", leaseStart, leaseExpiry, Money.yuan("800.10"), Money.ZERO), lease.id(), null));
      at("10:30");
      for (Contract c : List.of(lease, parking)) {
        send(OPERATIONS, new ContractCommand.PrintContract(next(), TOWER, c.id()));
      }
      at("16:00");
      Signatory representative = Signatory.of("欧阳娜娜", "E98765432", Signatory.Capacity.REPRESENTATIVE);
      List<SupportingDocument> documents = TenantType.COMPANY.requiredDocuments(Signatory.Capacity.REPRESENTATIVE);
      for (Contract c : List.of(lease, parking)) {
        send(OPERATIONS, new ContractCommand.RecordTenantSignature(next(), TOWER, c.id(), representative, true, documents));
      }
      if (storage.equipment().all(TOWER).isEmpty()) {
        at("17:00");
        send(CENTER_CLERK, new DeviceCommand.RegisterDevice(next(), TOWER, EquipmentKind.PRINTER, "HP LaserJet 5200", 90));
      }
    });
    day(1, "the approval chain signs, each seat in turn (CS-3.1)", () -> {
      String[] times = {"09:00", "09:30", "11:00", "14:00", "15:00", "16:30"};
      List<Actor> chain = List.of(OPERATIONS_MANAGER, OPERATIONS_DEPARTMENT_MANAGER, AUDIT, FINANCE, LEGAL, GENERAL_OFFICE);
      for (int seat = 0; seat < chain.size(); seat++) {
        at(times[seat]);
        for (Contract c : List.of(lease, parking)) {
          send(chain.get(seat), new ContractCommand.Sign(next(), TOWER, c.id(), "同意"));
        }
      }
    });
    day(2, "issue and distribution of the originals (CS-4.1)", () -> {
      at("09:00");
      for (Contract c : List.of(lease, parking)) {
        send(GENERAL_OFFICE, new ContractCommand.Issue(next(), TOWER, c.id()));
      }
      at("11:00");
      for (Contract c : List.of(lease, parking)) {
        for (Actor recipient : List.of(ADMINISTRATION, FINANCE, OPERATIONS)) {
          send(recipient, new ContractCommand.ConfirmDelivery(next(), TOWER, c.id()));
        }
      }
      at("15:00");
      send(OPERATIONS, new ContractCommand.FilePhotocopy(next(), TOWER, parking.id(), "档案-CS-R" + run + "-P"));
    });
    day(3, "the payment notice and the tenant file (CS-5.1, CS-5.2)", () -> {
      at("09:00");
      ContractCommand.DraftPaymentNotice draft = new ContractCommand.DraftPaymentNotice(next(), TOWER, lease.id(), 3, leaseStart);
      send(DEPUTY_SUPERVISOR, draft);
      at("10:00");
      send(OPERATIONS_DEPARTMENT_MANAGER, new ContractCommand.ReviewPaymentNotice(next(), TOWER, lease.id()));
      at("11:00");
      send(FINANCE, new ContractCommand.StampPaymentNotice(next(), TOWER, lease.id()));
      at("15:00");
      send(OPERATIONS, new ContractCommand.RecordPaymentNoticeSignedFor(next(), TOWER, lease.id(), PersonName.of("司马建国")));
      at("16:00");
      lease = send(MANAGERS_ASSISTANT, new ContractCommand.BuildTenantFile(next(), TOWER, lease.id(),
          "租户档案-R" + run));
    });

    day(7, "move-in (MI): Administration's notice, the forms, identity, fees, the Management Agreement", () -> {
      at("09:00");
      moveIn = send(ADMINISTRATION, new MoveInCommand.ReceiveMoveInNotice(next(), TOWER, tenant, COMPANY, List.of(UNIT), leaseStart,
          leaseExpiry, "行政-R" + run + "-031"));
      var id = moveIn.id();
      at("09:30");
      send(SERVICE, new MoveInCommand.PrepareForms(next(), TOWER, id));
      at("10:00");
      send(SERVICE, new MoveInCommand.VerifyIdentity(next(), TOWER, id,
          IdentityDocument.original(IdentityDocumentKind.RESIDENT_ID_CARD, "310101199001011234", "欧阳娜娜")));
      at("10:30");
      send(SERVICE, new MoveInCommand.SendFeeNotice(next(), TOWER, id, List.of(FeeLine.of(ChargeItem.MANAGEMENT_FEE, "361.50"),
          FeeLine.of(ChargeItem.MANAGEMENT_FEE_DEPOSIT, "120.50"), FeeLine.of(ChargeItem.UTILITY_DEPOSIT, "1"))));
      at("14:00");
      send(MANAGEMENT_OFFICE, new MoveInCommand.SignManagementAgreement(next(), TOWER, id, TenancyPolicy.DEFAULT_AGREEMENT_TEMPLATE,
          "MA-1203-R" + run, PersonName.of("欧阳娜娜")));
      at("15:00");
      send(SERVICE, new MoveInCommand.DeliverHandbookAndGuide(next(), TOWER, id, PersonName.of("欧阳娜娜")));
    });
    day(8, "the unit handed over: inspection, equipment, door keys through key control (KY-2.3), the meter", () -> {
      var id = moveIn.id();
      at("09:30");
      send(SERVICE, new MoveInCommand.InspectUnit(next(), TOWER, id, "与客户一同验收"));
      send(SERVICE, new MoveInCommand.AcceptEquipment(next(), TOWER, id, EQUIPMENT, List.of()));
      at("10:30");
      if (center.keys().keyBox(KEY_SUPERVISOR, TOWER, UNIT).get().isEmpty()) {
        send(KEY_SUPERVISOR, new KeyCommand.RegisterBackup(next(), TOWER, Lock.officeDoor(UNIT)));
      }
      // the handover's key, and a second copy the tenant asks for (KY-2.2): both charged as copies (KY-2.3)
      doorKeys.add(send(KEY_SUPERVISOR, new KeyCommand.CutKey(next(), TOWER, Lock.officeDoor(UNIT), Holder.tenant(tenant))));
      doorKeys.add(send(KEY_SUPERVISOR, new KeyCommand.CutKey(next(), TOWER, Lock.officeDoor(UNIT), Holder.tenant(tenant))));
      at("11:00");
      send(SERVICE, new MoveInCommand.SignKeyHandoverForm(next(), TOWER, id));
      send(SERVICE, new MoveInCommand.ConfirmMeterReading(next(), TOWER, id, "E-1203", new BigDecimal("1520.50")));
      at("14:00");
      send(ENGINEER, new MoveInCommand.RecordMeterReading(next(), TOWER, id, "E-1203", new BigDecimal("1520.50")));
    });
    day(9, "orientation (MI-5) and the freight elevator booked for Saturday (MI-6.1)", () -> {
      var id = moveIn.id();
      at("10:00");
      send(SERVICE, new MoveInCommand.AnswerQuestion(next(), TOWER, id, "空调几点开？", "工作日 8:00 至 18:00"));
      for (OrientationItem item : OrientationItem.values()) {
        send(SERVICE, new MoveInCommand.Introduce(next(), TOWER, id, item, null));
      }
      at("15:00");
      LocalDate saturday = monday.plusDays(12);
      send(SERVICE, new MoveInCommand.BookMove(next(), TOWER, id, "F1", local(saturday, "09:00"), local(saturday, "12:00")));
    });
    day(11, "the client file completed: the move-in is done and the lease watched (MI-6.3, MO-1.1)", () -> {
      var id = moveIn.id();
      at("10:00");
      for (ClientDocument copy : List.of(ClientDocument.ID_COPY, ClientDocument.COMPANY_REGISTRATION_COPY, ClientDocument.PROPERTY_TITLE_COPY,
          ClientDocument.LEASE_COPY)) {
        send(SERVICE, new MoveInCommand.FileDocument(next(), TOWER, id, copy, "档案柜A-" + copy.ordinal()));
      }
      send(SERVICE, new MoveInCommand.RecordClientContacts(next(), TOWER, id,
          List.of(ClientContact.of("欧阳娜娜", "13912345678", "行政经理"))));
      at("11:00");
      moveIn = send(SERVICE, new MoveInCommand.CompleteMoveIn(next(), TOWER, id));
      leaseWatch = center.tenancy().leaseOf(SERVICE, TOWER, id).get();
      tell.line("      the lease watch " + leaseWatch.id() + " expects the renewal visit on " + leaseWatch.visitDue()
          + ", two months before the lease ends on " + leaseWatch.leaseExpiry());
    });

    LocalDate meetingDay = monday.plusDays(24);
    day(15, "a meeting room booked for the tenant (MR-0.1)", () -> {
      at("10:00");
      meeting = send(SERVICE, new MeetingCommand.BookMeetingRoom(next(), TOWER, MEETING_ROOM, local(meetingDay, "09:00"),
          local(meetingDay, "11:30"), Client.of(COMPANY, "欧阳娜娜", "13912345678"), "季度经营分析会"));
      at("10:20");
      send(SERVICE, new MeetingCommand.RecordClientContact(next(), TOWER, meeting.id(), "与客户确认参会人数"));
    });
    day(22, "the meeting confirmed two days ahead with the request form (MR-1.1)", () -> {
      at("10:00");
      send(CLEANING, new MeetingCommand.ConfirmMeeting(next(), TOWER, meeting.id(), RequestForm.of(25,
          List.of(io.bizcenter.core.meetings.ServiceOrder.of(ServiceItem.MICROPHONE, 4),
              io.bizcenter.core.meetings.ServiceOrder.of(ServiceItem.PROJECTION, 1)), "主席台摆放鲜花")));
    });
    day(23, "the day before: set-up, devices, cleaning (MR-1.2, MR-1.3, MR-1.5)", () -> {
      var id = meeting.id();
      at("10:00");
      send(CLEANING, new MeetingCommand.SetUpVenue(next(), TOWER, id, "课桌式，25 座"));
      at("14:00");
      send(ENGINEER, new MeetingCommand.CheckDevices(next(), TOWER, id, List.of(io.bizcenter.core.meetings.Device.values()), "全部完好"));
      at("16:00");
      send(SERVICE, new MeetingCommand.CleanAndInspectVenue(next(), TOWER, id, "已清扫，主管检查合格"));
    });
    day(24, "the meeting (MR-1.4 to MR-3.3)", () -> {
      var id = meeting.id();
      at("08:10");
      send(GUARD, new MeetingCommand.ClearRoadsAndParking(next(), TOWER, id, "访客车位 B1 20 个"));
      at("08:40");
      send(RECEPTION, new MeetingCommand.GuideAttendees(next(), TOWER, id, null));
      at("09:00");
      send(SERVICE, new MeetingCommand.StartMeeting(next(), TOWER, id));
      at("09:40");
      send(SERVICE, new MeetingCommand.LogIncident(next(), TOWER, id, "投影仪闪烁，已更换备用机"));
      at("11:20");
      send(SERVICE, new MeetingCommand.RecordTeaService(next(), TOWER, id, 30));
      send(ENGINEER, new MeetingCommand.RecordSoundAndLighting(next(), TOWER, id, "开场音乐，演讲时调暗灯光"));
      at("11:30");
      send(SERVICE, new MeetingCommand.EndMeeting(next(), TOWER, id));
      at("11:50");
      send(SERVICE, new MeetingCommand.SeeOffAndInvoice(next(), TOWER, id, "FP-R" + run + "-0501"));
      at("12:00");
      send(ENGINEER, new MeetingCommand.CollectEquipment(next(), TOWER, id, "设备间 B1"));
      at("12:30");
      send(SERVICE, new MeetingCommand.CleanVenue(next(), TOWER, id, null));
      at("13:00");
      meeting = send(SERVICE, new MeetingCommand.CloseMeeting(next(), TOWER, id));
    });

    DeviceId printer = storage.equipment().all(TOWER).get(0).id();
    LocalDate printing = monday.plusDays(29);
    day(28, "business-center services (SV): the tenant orders printing; Engineering applies for the printer", () -> {
      at("10:00");
      order = send(CENTER_CLERK, new ServiceOrderCommand.TakeOrder(next(), TOWER,
          io.bizcenter.core.services.Client.of("欧阳娜娜", "13912345678", COMPANY), ServiceCode.of(StandardService.PRINTING), 100,
          "双面打印，装订成册", Slot.of(local(printing, "10:00"), local(printing, "12:00")), printer, PRINTER_OPERATOR));
      var id = order.id();
      send(CENTER_CLERK, new ServiceOrderCommand.ExplainCharges(next(), TOWER, id));
      ServiceOrder noticed = send(CENTER_CLERK, new ServiceOrderCommand.IssueFeeNotice(next(), TOWER, id, "N-R" + run + "-031"));
      send(CENTER_CLERK, new ServiceOrderCommand.TakeDeposit(next(), TOWER, id, noticed.charges().orElseThrow().deposit()));
      at("15:00");
      internalUse = send(ENGINEER, new InternalUseCommand.ApplyForUse(next(), TOWER, printer,
          Slot.of(local(monday.plusDays(30), "14:00"), local(monday.plusDays(30), "15:00")), true, "季度报告", "打印工程部季度报告 40 页"));
      at("16:00");
      send(ENGINEERING_MANAGER, new InternalUseCommand.ApproveUse(next(), TOWER, internalUse.id()));
    });
    day(29, "the printing served, the Fee Receipt in triplicate, settled at Finance (SV-2.3, SV-2.4)", () -> {
      var id = order.id();
      at("10:00");
      send(CENTER_CLERK, new ServiceOrderCommand.StartService(next(), TOWER, id));
      at("11:30");
      send(CENTER_CLERK, new ServiceOrderCommand.FinishService(next(), TOWER, id, 80));
      at("11:40");
      send(CENTER_CLERK, new ServiceOrderCommand.WriteFeeReceipt(next(), TOWER, id, "R-R" + run + "-088"));
      send(CENTER_CLERK, new ServiceOrderCommand.HandOverCopy(next(), TOWER, id, ReceiptCopy.CLIENT));
      send(CENTER_CLERK, new ServiceOrderCommand.HandOverCopy(next(), TOWER, id, ReceiptCopy.ARCHIVE));
      at("15:00");
      send(FINANCE, new ServiceOrderCommand.HandOverCopy(next(), TOWER, id, ReceiptCopy.FINANCE));
      order = send(FINANCE, new ServiceOrderCommand.Settle(next(), TOWER, id));
    });
    day(30, "Engineering uses the printer; then it jams and is repaired (SV-2.5, SV-1.2)", () -> {
      var id = internalUse.id();
      at("14:00");
      send(CENTER_CLERK, new InternalUseCommand.StartUse(next(), TOWER, id));
      at("14:40");
      send(CENTER_CLERK, new InternalUseCommand.FinishUse(next(), TOWER, id));
      at("14:45");
      internalUse = send(ENGINEER, new InternalUseCommand.SignFeeSettlement(next(), TOWER, id, "F-R" + run + "-007", Money.yuan("12.50")));
      at("16:00");
      send(CENTER_CLERK, new DeviceCommand.ReportFault(next(), TOWER, printer, "卡纸，无法进纸"));
      at("17:30");
      send(ENGINEER, new DeviceCommand.RecordRepair(next(), TOWER, printer, "工程部", "更换搓纸轮"));
    });

    Complainant caller = Complainant.of("欧阳娜娜", COMPANY, "13912345678");
    day(35, "a complaint by phone, within Operations' remit (CP-1.1, CP-1.2)", () -> {
      at("09:20");
      phoneComplaint = send(OPERATIONS, new ComplaintCommand.RecordPhoneComplaint(next(), TOWER, caller, "办公室空调不制冷"));
      var id = phoneComplaint.id();
      at("09:40");
      send(OPERATIONS, new ComplaintCommand.Triage(next(), TOWER, id, Remit.WITHIN));
      send(OPERATIONS, new ComplaintCommand.TellFix(next(), TOWER, id, "今天下午派工程部检修空调"));
      at("16:00");
      send(OPERATIONS, new ComplaintCommand.RecordFixed(next(), TOWER, id, "空调已修复"));
      at("16:30");
      phoneComplaint = send(OPERATIONS, new ComplaintCommand.Apologise(next(), TOWER, id, false, null));
    });
    day(37, "a complaint by letter, outside the remit: Engineering's (CP-2.1, CP-2.3)", () -> {
      at("10:00");
      letterComplaint = send(OPERATIONS, new ComplaintCommand.RecordLetterComplaint(next(), TOWER, caller, "大堂照明不足，电梯常停",
          "信件-R" + run + "-015"));
      var id = letterComplaint.id();
      at("10:30");
      send(OPERATIONS, new ComplaintCommand.Triage(next(), TOWER, id, Remit.OUTSIDE));
      send(OPERATIONS, new ComplaintCommand.ForwardToDepartment(next(), TOWER, id, Department.ENGINEERING));
    });
    day(38, "the letter answered: informed, followed up, a written apology, archived (CP-2.3)", () -> {
      var id = letterComplaint.id();
      at("09:30");
      send(OPERATIONS, new ComplaintCommand.InformComplainant(next(), TOWER, id));
      at("15:00");
      send(OPERATIONS, new ComplaintCommand.FollowUp(next(), TOWER, id, true, "电梯已恢复正常"));
      at("16:00");
      send(OPERATIONS, new ComplaintCommand.Apologise(next(), TOWER, id, true, "回函-R" + run + "-032"));
      at("16:30");
      letterComplaint = send(OPERATIONS, new ComplaintCommand.ArchiveLetterAndReply(next(), TOWER, id, "档案-CP-R" + run + "-08"));
    });

    day(42, "a master key for the center's cleaner (KY-1.1, KY-1.4), and one refused to a receptionist", () -> {
      at("09:00");
      refused("the supervisor cuts a master key for the business center's receptionist",
          center.keys().handle(new KeyCommand.CutKey(next(), TOWER, Lock.master(), Holder.staff(CENTER_RECEPTIONIST, Employer.CENTER_STAFF)), KEY_SUPERVISOR));
      at("09:10");
      masterKey = send(KEY_SUPERVISOR, new KeyCommand.CutKey(next(), TOWER, Lock.master(), Holder.staff(CENTER_CLEANER, Employer.CENTER_STAFF)));
      at("10:00");
      send(CENTER_CLEANER, new KeyCommand.RecordUse(next(), TOWER, masterKey.id(), MasterKeyPurpose.DELIVER_MAIL, UNIT));
      at("18:30");
      send(CENTER_CLEANER, new KeyCommand.RecordUse(next(), TOWER, masterKey.id(), MasterKeyPurpose.CLEANING, RoomId.of("1501")));
    });
    day(49, "the cleaner has lost the master key: management is told in writing (KY-1.3)", () -> {
      at("08:45");
      send(CENTER_CLERK, new KeyCommand.ReportLost(next(), TOWER, masterKey.id(), "清洁工下班时发现钥匙遗失"));
      at("16:00");
      // the lost key counts against the policy's number until it is written off (KY-1.4)
      send(KEY_SUPERVISOR, new KeyCommand.WriteOff(next(), TOWER, masterKey.id(), "锁芯已更换"));
    });
    day(56, "the printer's maintenance (SV-1.2)", () -> {
      at("09:00");
      send(CENTER_CLERK, new DeviceCommand.RecordMaintenance(next(), TOWER, printer, "清洁定影器，更换硒鼓"));
    });

    LocalDate visit = leaseWatch.visitDue();
    int visitDay = (int) (visit.toEpochDay() - monday.toEpochDay());
    day(visitDay, "the renewal visit is due: the client has not decided (MO-1.1)", () -> {
      at("10:00");
      send(SERVICE, new RenewalVisitCommand.RecordIntent(next(), TOWER, leaseWatch.id(), ClientIntent.UNDECIDED, "客户尚在考虑"));
    });
    day(visitDay + 7, "a week later the client will leave: the move-out opens (MO-1.1)", () -> {
      at("10:00");
      leaseWatch = send(SERVICE, new RenewalVisitCommand.RecordIntent(next(), TOWER, leaseWatch.id(), ClientIntent.LEAVE,
          "客户决定不续租"));
      moveOut = center.tenancy().moveOutOf(SERVICE, TOWER, moveIn.id()).get();
      tell.line("      move-out " + moveOut.id() + " is open against move-in " + moveIn.id());
    });
    day(visitDay + 8, "the joint inventory and the meter in duplicate (MO-2.1, MO-2.2)", () -> {
      var id = moveOut.id();
      at("09:30");
      send(SERVICE, new MoveOutCommand.TakeJointInventory(next(), TOWER, id, ENGINEER.staff(), List.of(
          new InventoryLine("空调 ×2", ItemCondition.DAMAGED, "一台外机损坏"), new InventoryLine("窗帘", ItemCondition.INTACT, null),
          new InventoryLine("门禁卡读卡器", ItemCondition.INTACT, null))));
      at("10:30");
      send(ENGINEER, new MoveOutCommand.RecordMeterReading(next(), TOWER, id, "E-1203", new BigDecimal("2890.00")));
    });
    day(visitDay + 9, "the damage assessed (MO-2.3)", () -> {
      at("14:00");
      send(ENGINEER, new MoveOutCommand.AssessDamage(next(), TOWER, moveOut.id(),
          List.of(new Compensation("空调 ×2", Money.yuan("800.00")))));
    });
    day(visitDay + 10, "keys first, then the unit vacated, the file archived, the directory updated (MO-3.1 to MO-3.3, KY-2.4)", () -> {
      var id = moveOut.id();
      at("09:00");
      refused("Service lets the client leave before the keys are settled",
          center.tenancy().handle(new MoveOutCommand.Vacate(next(), TOWER, id), SERVICE));
      at("09:20");
      send(CENTER_CLERK, new KeyCommand.ReturnKey(next(), TOWER, doorKeys.get(0).id()));
      send(CENTER_CLERK, new KeyCommand.ReportLost(next(), TOWER, doorKeys.get(1).id(), "退租时未交回"));
      at("09:40");
      moveOut = send(SERVICE, new MoveOutCommand.Vacate(next(), TOWER, id));
      tell.line("      the client's statement: damage and the lost key, " + moveOut.totalCharges() + " in all");
      at("11:00");
      send(SERVICE, new MoveOutCommand.ArchiveClientFile(next(), TOWER, id, "档案室-R" + run + "-042"));
      at("15:00");
      moveOut = send(SERVICE, new MoveOutCommand.UpdateDirectoryAndNameplate(next(), TOWER, id, "铭牌已拆除"));
      List<DirectoryEntry> entries = center.tenancy().directory(SERVICE, TOWER).get().entries();
      tell.line("      the Tenant Directory now lists " + entries.size() + " unit(s); unit " + UNIT + " is free to let again");
    });
    day(WEEKS_PER_RUN * 7 - 7, "the end of the quarter", () -> {});

    papers.add(paper(lease.id().value(), center.contracts().find(OPERATIONS, TOWER, lease.id()).get(),
        center.contracts().trail(OPERATIONS, TOWER, lease.id()).get()));
    papers.add(paper(parking.id().value(), center.contracts().find(OPERATIONS, TOWER, parking.id()).get(),
        center.contracts().trail(OPERATIONS, TOWER, parking.id()).get()));
    // a tenancy form may want the Tenant Directory beside its case (MO-3.2): it lies beside each of them
    List<Object> directory = List.of(center.tenancy().directory(SERVICE, TOWER).get());
    papers.add(new FormsOfTheDay.Paper(moveIn.id().value(), center.tenancy().find(SERVICE, TOWER, moveIn.id()).get(),
        center.tenancy().trail(SERVICE, TOWER, moveIn.id()).get(), directory));
    papers.add(new FormsOfTheDay.Paper(leaseWatch.id().value(), center.tenancy().find(SERVICE, TOWER, leaseWatch.id()).get(),
        center.tenancy().trail(SERVICE, TOWER, leaseWatch.id()).get(), directory));
    papers.add(new FormsOfTheDay.Paper(moveOut.id().value(), center.tenancy().find(SERVICE, TOWER, moveOut.id()).get(),
        center.tenancy().trail(SERVICE, TOWER, moveOut.id()).get(), directory));
    // the Tenant Directory (MO-3.2) is no case: it is printed for the center as it stands now
    papers.add(new FormsOfTheDay.Paper("directory", directory.get(0), List.of(), List.of(TOWER, clock.instant())));
    papers.add(paper(meeting.id().value(), meeting, center.meetings().trail(SERVICE, TOWER, meeting.id()).get()));
    papers.add(paper(order.id().value(), order, center.services().trail(CENTER_CLERK, TOWER, order.id()).get()));
    Device device = center.services().device(CENTER_CLERK, TOWER, printer).get();
    papers.add(new FormsOfTheDay.Paper(internalUse.id().value(), internalUse,
        center.services().trail(CENTER_CLERK, TOWER, internalUse.id()).get(), List.of(device)));
    for (Complaint c : List.of(phoneComplaint, letterComplaint)) {
      papers.add(paper(c.id().value(), c, center.complaints().trail(OPERATIONS, TOWER, c.id()).get()));
    }
  }

  private static FormsOfTheDay.Paper paper(String id, Object kase, List<AuditEntry> trail) {
    return new FormsOfTheDay.Paper(id, kase, trail, List.of());
  }

  /** What the clerks type into the forms beside what the cases hold. */
  private static Map<Class<?>, Object> clerkInput() {
    return Map.of(
        FeeReceiptForm.Input.class, FeeReceiptForm.Input.of(COMPANY, "发票抬头同付款人"),
        ClientMoveRegistrationForm.Input.class, ClientMoveRegistrationForm.Input.of("司马建国", "13800138000", "搬运公司自带推车，请预留货梯前通道"),
        ReplyLetter.Input.class, ReplyLetter.Input.of("您来信反映大堂照明不足、电梯常停一事，我部已安排工程部更换大堂灯具，并请电梯维保单位完成检修。\n"
            + "因我方工作疏忽给贵司带来不便，谨此致歉，并感谢您的监督。", "李建华"));
  }

  private void report(List<FormsOfTheDay.Outcome> outcomes, Path forms) {
    tell.heading("Forms (bizcenter-forms): every form the module lists, printed from the quarter's cases in zh-CN and en, HTML and text:");
    for (FormsOfTheDay.Outcome o : outcomes) {
      String title = o.type().title(Messages.ZH_CN) + " " + o.type().title(Messages.EN);
      tell.line(o.files().isEmpty()
          ? "  -  " + title + ": not printed, " + o.unprinted()
          : "  ✓  " + title + ": " + o.files().size() + " files");
    }
    tell.line("  written to " + forms.toAbsolutePath());
    Set<String> declared = new LinkedHashSet<>(center.procedures().stream().map(d -> d.name()).toList());
    declared.removeAll(procedures);
    tell.heading("Procedures that took part: " + String.join(", ", procedures) + (declared.isEmpty() ? " (all of them)." : "; missing: "
        + declared));
  }

  // ---- the day's frame: a heading, the morning agenda, the steps, the notices delivered in the evening

  private void day(int offset, String title, Runnable steps) {
    today = monday.plusDays(offset);
    clock.set(local(today, "08:30"));
    tell.day(today, title);
    tell.agenda(clock.instant(), agendaByDepartment());
    steps.run();
    tell.flush();
    clock.set(local(today, "18:00").isAfter(clock.instant()) ? local(today, "18:00") : clock.instant());
    int delivered = center.notices().deliverPending(1000).delivered();
    if (delivered > 0) {
      tell.line("    (evening: " + delivered + " written notice(s) handed to the notifier)");
    }
  }

  /** What each department's people may act on now or owe by tonight (GS-7): Agenda.openNow and dueToday for each of them. */
  private Map<Department, List<AgendaItem>> agendaByDepartment() {
    Map<Department, List<AgendaItem>> all = new LinkedHashMap<>();
    for (Department department : Department.values()) {
      LinkedHashSet<AgendaItem> items = new LinkedHashSet<>();
      for (Actor person : STAFF) {
        if (person.department() == department) {
          items.addAll(center.agenda().openNow(person, TOWER));
          items.addAll(center.agenda().dueToday(person, TOWER));
        }
      }
      all.put(department, items.stream().sorted(Comparator.comparing(AgendaItem::dueAt)).toList());
    }
    return all;
  }

  private void at(String time) {
    clock.set(local(today, time));
  }

  private static Instant local(LocalDate day, String time) {
    return day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant();
  }

  private CommandId next() {
    // command ids must be new in every run, or the library would answer with an earlier run's first answers
    return CommandId.of("day-R" + run + "-" + commands.incrementAndGet());
  }

  // ---- sending: one line per accepted step, read back from the case's audit trail; a refusal the script did not expect stops it

  private Contract send(Actor who, ContractCommand command) {
    return accepted(command, center.contracts().handle(command, who), c -> center.contracts().trail(who, TOWER, c.id()));
  }

  private MoveIn send(Actor who, MoveInCommand command) {
    return accepted(command, center.tenancy().handle(command, who), m -> center.tenancy().trail(who, TOWER, m.id()));
  }

  private RenewalVisit send(Actor who, RenewalVisitCommand command) {
    return accepted(command, center.tenancy().handle(command, who), v -> center.tenancy().trail(who, TOWER, v.id()));
  }

  private MoveOut send(Actor who, MoveOutCommand command) {
    return accepted(command, center.tenancy().handle(command, who), o -> center.tenancy().trail(who, TOWER, o.id()));
  }

  private Key send(Actor who, KeyCommand command) {
    return accepted(command, center.keys().handle(command, who), k -> center.keys().trail(who, TOWER, k.id()));
  }

  private Meeting send(Actor who, MeetingCommand command) {
    return accepted(command, center.meetings().handle(command, who), m -> center.meetings().trail(who, TOWER, m.id()));
  }

  private Device send(Actor who, DeviceCommand command) {
    return accepted(command, center.services().handle(command, who), d -> center.services().trail(who, TOWER, d.id()));
  }

  private ServiceOrder send(Actor who, ServiceOrderCommand command) {
    return accepted(command, center.services().handle(command, who), o -> center.services().trail(who, TOWER, o.id()));
  }

  private InternalUse send(Actor who, InternalUseCommand command) {
    return accepted(command, center.services().handle(command, who), u -> center.services().trail(who, TOWER, u.id()));
  }

  private Complaint send(Actor who, ComplaintCommand command) {
    return accepted(command, center.complaints().handle(command, who), c -> center.complaints().trail(who, TOWER, c.id()));
  }

  private <T> T accepted(Object command, Either<Rejection, T> answer, Function<T, Either<Rejection, List<AuditEntry>>> trail) {
    if (answer.isLeft()) {
      throw new IllegalStateException("the day's script expected " + command.getClass().getSimpleName() + " to be accepted; it was refused "
          + answer.getLeft().code() + ": " + answer.getLeft().message(Messages.EN));
    }
    List<AuditEntry> entries = trail.apply(answer.get()).get();
    AuditEntry last = entries.get(entries.size() - 1);
    tell.step(last);
    procedures.add(last.procedure());
    steps++;
    return answer.get();
  }

  /** A command the script sends on purpose to show a rule: it must be refused, and the refusal is told in both languages. */
  private void refused(String attempt, Either<Rejection, ?> answer) {
    if (answer.isRight()) {
      throw new IllegalStateException("the day's script expected a refusal: " + attempt);
    }
    tell.rejection(attempt, answer.getLeft());
    rejections++;
  }
}
