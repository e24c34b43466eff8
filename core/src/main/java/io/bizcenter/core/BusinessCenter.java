package io.bizcenter.core;

import io.bizcenter.core.agenda.Agenda;
import io.bizcenter.core.complaints.ComplaintDesk;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.contracts.ContractDesk;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.port.Ids;
import io.bizcenter.core.port.Notifier;
import io.bizcenter.core.procedure.DeskPorts;
import io.bizcenter.core.procedure.Defect;
import io.bizcenter.core.procedure.ProcedureDefinition;
import java.time.Clock;
import java.time.ZoneId;
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
 *     .ids(new RandomIds())
 *     .clock(Clock.systemUTC())
 *     .build();
 * center.complaints().recordPhoneComplaint(command, actor);
 * }</pre>
 */
public final class BusinessCenter {
  /** The property's zone when the vendor names none: deadlines fall on Shanghai's calendar. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private final ComplaintDesk complaints;
  private final ContractDesk contracts;
  private final Agenda agenda;
  private final NoticeRelay notices;

  private BusinessCenter(Builder b) {
    DeskPorts ports = new DeskPorts(b.storage.transactions(), b.storage.eventLog(), b.storage.receipts(), b.storage.agenda(),
        b.ids, b.clock, b.zones, b.attempts);
    this.complaints = new ComplaintDesk(b.storage.complaints(), ports, b.complaintPolicies);
    this.contracts = new ContractDesk(b.storage.contracts(), ports, b.contractPolicies);
    this.agenda = new Agenda(b.storage.agenda(), b.clock, b.zones);
    this.notices = new NoticeRelay(b.storage.transactions(), b.storage.eventLog(), b.notifier, b.clock);
    for (ProcedureDefinition<?, ?, ?, ?> definition : procedures()) {
      List<Defect> defects = definition.selfCheck();
      if (!defects.isEmpty()) {
        throw new IllegalStateException("procedure " + definition.name() + " fails its GS-2 self-check: " + defects);
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public ComplaintDesk complaints() {
    return complaints;
  }

  public ContractDesk contracts() {
    return contracts;
  }

  /** What is due, for whom, by when (GS-7). */
  public Agenda agenda() {
    return agenda;
  }

  public NoticeRelay notices() {
    return notices;
  }

  /** Every procedure's declaration, for diagrams, documentation and generated tests. */
  public List<ProcedureDefinition<?, ?, ?, ?>> procedures() {
    return List.of(complaints.definition(), contracts.definition());
  }

  public static final class Builder {
    private Storage storage;
    private Notifier notifier;
    private Ids ids;
    private Clock clock;
    private Function<CenterId, ZoneId> zones = center -> DEFAULT_ZONE;
    private Function<CenterId, ComplaintPolicy> complaintPolicies = center -> ComplaintPolicy.defaults();
    private Function<CenterId, ContractPolicy> contractPolicies = center -> ContractPolicy.defaults();
    private int attempts = 3;

    private Builder() {}

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

    public BusinessCenter build() {
      Objects.requireNonNull(storage, "storage");
      Objects.requireNonNull(notifier, "notifier");
      Objects.requireNonNull(ids, "ids");
      Objects.requireNonNull(clock, "clock");
      return new BusinessCenter(this);
    }
  }
}
