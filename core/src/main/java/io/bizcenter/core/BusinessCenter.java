package io.bizcenter.core;

import io.bizcenter.core.activity.ActivityDesk;
import io.bizcenter.core.agenda.Agenda;
import io.bizcenter.core.complaints.ComplaintDesk;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.contracts.ContractDesk;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.imports.ImportDesk;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.meetings.MeetingDesk;
import io.bizcenter.core.meetings.MeetingPolicy;
import io.bizcenter.core.keys.KeyDesk;
import io.bizcenter.core.keys.KeyPolicy;
import io.bizcenter.core.keys.Tenancies;
import io.bizcenter.core.port.Ids;
import io.bizcenter.core.port.Listener;
import io.bizcenter.core.port.Notifier;
import io.bizcenter.core.port.Redactor;
import io.bizcenter.core.privacy.Archive;
import io.bizcenter.core.privacy.PersonalDataDesk;
import io.bizcenter.core.privacy.Retention;
import io.bizcenter.core.procedure.DeskPorts;
import io.bizcenter.core.procedure.Defect;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.reports.ReportDesk;
import io.bizcenter.core.services.ServiceDesk;
import io.bizcenter.core.services.ServicePolicy;
import io.bizcenter.core.services.StaffSkills;
import io.bizcenter.core.tenancy.Renewals;
import io.bizcenter.core.tenancy.TenancyDesk;
import io.bizcenter.core.tenancy.TenancyPolicy;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The entry point: built once from the vendor's ports, it hands out one desk per procedure, the agenda and the
 * notice relay. Thread-safe as long as the ports are.
 *
 * <pre>{@code
 * BusinessCenter center = BusinessCenter.builder()
 *     .storage(new InMemoryStorage())
 *     .notifier(notice -> mail.send(notice))
 *     .ids(new TimeOrderedIds(clock, new SecureRandom()))
 *     .clock(clock)
 *     .build();
 * center.complaints().handle(command, actor);
 * }</pre>
 */
public final class BusinessCenter {
  /** The property's zone when the vendor names none: deadlines fall on Shanghai's calendar. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private final ComplaintDesk complaints;
  private final ServiceDesk services;
  private final MeetingDesk meetings;
  private final KeyDesk keys;
  private final ContractDesk contracts;
  private final TenancyDesk tenancy;
  private final Agenda agenda;
  private final NoticeRelay notices;
  private final PersonalDataDesk personalData;
  private final ActivityDesk activity;
  private final ReportDesk reports;
  private final ImportDesk imports;

  private BusinessCenter(Builder b) {
    DeskPorts ports = new DeskPorts(b.storage.transactions(), b.storage.eventLog(), b.storage.receipts(), b.storage.agenda(),
        b.ids, b.clock, b.zones, b.attempts, b.listener);
    this.complaints = new ComplaintDesk(b.storage.complaints(), ports, b.complaintPolicies);
    this.services = new ServiceDesk(b.storage.equipment(), b.storage.serviceOrders(), b.storage.internalUses(), ports, b.servicePolicies,
        b.staffSkills);
    this.meetings = new MeetingDesk(b.storage.meetings(), ports, b.meetingPolicies);
    // key control and tenancy ask each other through small query ports, answered lazily from the other's desk
    this.tenancy = new TenancyDesk(b.storage.moveIns(), b.storage.moveOuts(), b.storage.renewalVisits(), ports, b.tenancyPolicies,
        TenancyAndKeys.keysHeld(this::keys, b.storage.keys()), b.renewals);
    this.keys = new KeyDesk(b.storage.keys(), b.tenancies != null ? b.tenancies : TenancyAndKeys.tenancies(this::tenancy), ports,
        b.keyPolicies);
    this.contracts = new ContractDesk(b.storage.contracts(), ports, b.contractPolicies);
    this.agenda = new Agenda(b.storage.agenda(), b.clock, b.zones);
    this.notices = new NoticeRelay(b.storage.transactions(), b.storage.eventLog(), b.notifier, b.clock, b.listener);
    Storage s = b.storage;
    // every procedure's cases, from the descriptors: the check below refuses a declared procedure without one
    List<Archive<?, ?>> archives = Procedures.ALL.stream().<Archive<?, ?>>map(p -> archiveOf(p, s)).toList();
    this.personalData = new PersonalDataDesk(archives, s.transactions(), s.eventLog(), s.receipts(), b.ids, b.clock, b.retention, b.redactor);
    // a procedure added without its store here would keep personal data that erasure never reaches
    List<String> declared = procedures().stream().map(ProcedureDefinition::name).sorted().toList();
    if (!personalData.procedures().stream().sorted().toList().equals(declared)) {
      throw new IllegalStateException("personal data requests read " + personalData.procedures() + ", the procedures are " + declared);
    }
    this.activity = new ActivityDesk(procedures(), s.eventLog());
    this.reports = new ReportDesk(procedures(), s.keys(), s.agenda(), s.complaints(), s.meetings(), s.serviceOrders(), b.clock, b.zones, b.keyPolicies,
        b.complaintPolicies);
    this.imports = new ImportDesk(tenancy, keys, services, contracts, s.receipts(), b.zones);
    for (ProcedureDefinition<?, ?, ?, ?> definition : procedures()) {
      List<Defect> defects = definition.selfCheck();
      if (!defects.isEmpty()) {
        throw new IllegalStateException("procedure " + definition.name() + " fails its GS-2 self-check: " + defects);
      }
    }
  }

  /** The declaration of {@code procedure} as this center runs it, over its store in {@code storage}. */
  private <S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> Archive<S, C> archiveOf(
      Procedure<S, A, C, M> procedure, Storage storage) {
    return Archive.of(procedure.declaredIn(this), procedure.storeIn(storage));
  }

  public static Builder builder() {
    return new Builder();
  }

  public ComplaintDesk complaints() {
    return complaints;
  }

  /** Business-center services (SV): equipment register, clients' service orders, internal use. */
  public ServiceDesk services() {
    return services;
  }

  /** Meeting reception (MR): room bookings and every department's timeline for each meeting. */
  public MeetingDesk meetings() {
    return meetings;
  }

  /** Key control (KY): the key register, its rules and its audit trail. */
  public KeyDesk keys() {
    return keys;
  }

  /** Contract signing (CS): templates, required documents, the approval chain, originals and payment notices. */
  public ContractDesk contracts() {
    return contracts;
  }

  /** Tenant move-in (MI), the lease watch and move-out (MO), the Tenant Directory. */
  public TenancyDesk tenancy() {
    return tenancy;
  }

  /** What is due, for whom, by when (GS-7). */
  public Agenda agenda() {
    return agenda;
  }

  public NoticeRelay notices() {
    return notices;
  }

  /**
   * Personal data under PIPL across every procedure: erase one person, show everything held about one person, and
   * apply the retention policy (a vendor schedules {@link PersonalDataDesk#applyRetention} daily). See
   * docs/personal-data.md.
   */
  public PersonalDataDesk personalData() {
    return personalData;
  }

  /**
   * The activity log: who did what in a center across every case, by time range, procedure, staff, department and
   * clause, a page at a time, and its export as JSON lines or CSV (GS-6).
   */
  public ActivityDesk activity() {
    return activity;
  }

  /**
   * The reports a manager asks for: key custody now, duties overdue by department, complaints by branch against the
   * policy's limits, room use per week, service revenue per month (docs/reports.md). The forms module prints them.
   */
  public ReportDesk reports() {
    return reports;
  }

  /**
   * Import of a building already in operation (GS-6): its tenants in occupancy, key register, equipment register and
   * contracts in force, row by row through each procedure's declared import step. See docs/importing.md.
   */
  public ImportDesk imports() {
    return imports;
  }

  /** Every procedure's declaration, for diagrams, documentation and generated tests. */
  public List<ProcedureDefinition<?, ?, ?, ?>> procedures() {
    List<ProcedureDefinition<?, ?, ?, ?>> all = new ArrayList<>();
    all.add(complaints.definition());
    all.addAll(services.definitions());
    all.add(meetings.definition());
    all.add(keys.definition());
    all.add(contracts.definition());
    all.addAll(tenancy.definitions());
    return List.copyOf(all);
  }

  /**
   * Collects the vendor's ports and settings: storage, notifier, ids and clock are required; zones, policies, staff
   * skills, tenancy and attempts have defaults.
   */
  public static final class Builder {
    private Storage storage;
    private Notifier notifier;
    private Ids ids;
    private Clock clock;
    private Function<CenterId, ZoneId> zones = center -> DEFAULT_ZONE;
    // the default policies are immutable values, built once here rather than on every command that asks for one
    // (docs/benchmarks.md: rebuilding the complaint policy twice per command was nearly half of what a command allocated)
    private Function<CenterId, ComplaintPolicy> complaintPolicies = always(ComplaintPolicy.defaults());
    private Function<CenterId, ServicePolicy> servicePolicies = always(ServicePolicy.defaults());
    private StaffSkills staffSkills = StaffSkills.NONE;
    private Function<CenterId, MeetingPolicy> meetingPolicies = always(MeetingPolicy.defaults());
    private Function<CenterId, KeyPolicy> keyPolicies = always(KeyPolicy.defaults());
    private Tenancies tenancies;
    private Function<CenterId, ContractPolicy> contractPolicies = always(ContractPolicy.defaults());
    private Function<CenterId, TenancyPolicy> tenancyPolicies = always(TenancyPolicy.defaults());
    private Renewals renewals = Renewals.RECORD_ONLY;
    private int attempts = 3;
    private Listener listener = Listener.NONE;
    private Function<CenterId, Retention> retention = always(Retention.defaults());
    private Redactor redactor = Redactor.LITERAL;

    private Builder() {}

    private static <P> Function<CenterId, P> always(P policy) {
      return center -> policy;
    }

    public Builder storage(Storage storage) {
      this.storage = storage;
      return this;
    }

    public Builder notifier(Notifier notifier) {
      this.notifier = notifier;
      return this;
    }

    public Builder ids(Ids ids) {
      this.ids = ids;
      return this;
    }

    /** The library never reads the time any other way. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Each center's property zone, in which deadlines are computed (default Asia/Shanghai). */
    public Builder zones(Function<CenterId, ZoneId> zones) {
      this.zones = zones;
      return this;
    }

    /** Each center's complaint policy (GS-4); by default the source's, see {@link ComplaintPolicy#defaults()}. */
    public Builder complaintPolicies(Function<CenterId, ComplaintPolicy> policies) {
      this.complaintPolicies = policies;
      return this;
    }

    /** Each center's service policy: catalogue, fees, time limits (GS-4); by default {@link ServicePolicy#defaults()}. */
    public Builder servicePolicies(Function<CenterId, ServicePolicy> policies) {
      this.servicePolicies = policies;
      return this;
    }

    /** Where staff skills come from (SV-2.1), usually the vendor's HR data; by default nobody has any. */
    public Builder staffSkills(StaffSkills skills) {
      this.staffSkills = skills;
      return this;
    }

    /** Each center's meeting policy (GS-4): offsets, prices; by default {@link MeetingPolicy#defaults()}. */
    public Builder meetingPolicies(Function<CenterId, MeetingPolicy> policies) {
      this.meetingPolicies = policies;
      return this;
    }

    /** Each center's key policy (GS-4); by default the source's, see {@link KeyPolicy#defaults()}. */
    public Builder keyPolicies(Function<CenterId, KeyPolicy> policies) {
      this.keyPolicies = policies;
      return this;
    }

    /**
     * What the key register asks of tenancy: a tenant's rooms, its key handover, its move-out (KY-2.1). By default the
     * answer comes from {@link BusinessCenter#tenancy()}'s move-ins and move-outs; a vendor that keeps tenancies
     * elsewhere plugs its own.
     */
    public Builder tenancies(Tenancies tenancies) {
      this.tenancies = Objects.requireNonNull(tenancies, "tenancies");
      return this;
    }

    /** Each center's move-in and move-out policy (GS-4); by default the source's, see {@link TenancyPolicy#defaults()}. */
    public Builder tenancyPolicies(Function<CenterId, TenancyPolicy> policies) {
      this.tenancyPolicies = policies;
      return this;
    }

    /**
     * Where a renewal goes when the client says it will renew (MO-1.1): contract signing. By default nowhere beyond the
     * lease watch's own trail, until the contracts desk (issue 6) is wired here.
     */
    public Builder renewals(Renewals renewals) {
      this.renewals = Objects.requireNonNull(renewals, "renewals");
      return this;
    }

    /** Each center's contract policy (GS-4); by default the source's, see {@link ContractPolicy#defaults()}. */
    public Builder contractPolicies(Function<CenterId, ContractPolicy> policies) {
      this.contractPolicies = policies;
      return this;
    }

    /** How many times a command is decided again after a concurrent change, before the conflict is returned. */
    public Builder attempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be at least 1");
      }
      this.attempts = attempts;
      return this;
    }

    /**
     * Who hears of every command decided and every notice delivered or refused (meters, traces); by default nobody.
     * The Spring Boot starter binds one to Micrometer.
     */
    public Builder listener(Listener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * How long each center keeps personal data: closed cases, receipts (the idempotency window), delivered notices; by
     * default {@link Retention#defaults()}.
     */
    public Builder retention(Function<CenterId, Retention> retention) {
      this.retention = Objects.requireNonNull(retention, "retention");
      return this;
    }

    /** What takes personal data out of free text on erasure and anonymisation; by default {@link Redactor#LITERAL}. */
    public Builder redactor(Redactor redactor) {
      this.redactor = Objects.requireNonNull(redactor, "redactor");
      return this;
    }

    public BusinessCenter build() {
      Objects.requireNonNull(storage, "storage");
      Objects.requireNonNull(notifier, "notifier");
      Objects.requireNonNull(ids, "ids");
      Objects.requireNonNull(clock, "clock");
      return new BusinessCenter(this);
    }
  }
}
