package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.EveryProcedure.CENTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Procedure;
import io.bizcenter.core.Procedures;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.keys.KeyId;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.InternalUseId;
import io.bizcenter.core.services.ServiceOrderId;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveOutId;
import io.bizcenter.core.tenancy.RenewalVisitId;
import io.bizcenter.testkit.ManualClock;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * GS-5 for reading, generated from the declarations ({@code center.procedures()}): after every command of a full day of
 * every procedure ({@link EveryProcedure}), every role of every department asks for the case the command left, its
 * trail and its available actions. A seat outside the procedure's readers (every seat that may take some step of it, the
 * seat whose turn it is on the case, and the readers the declaration adds) is refused the case and the trail with
 * NOT_A_READER and may do nothing; every reader gets the case. The seat that just acted always reads.
 */
@DisplayName("Nobody reads where they do not belong: every case of a full day, every seat (GS-5)")
class ReadersFromDeclarationsTest {
  @Test
  @DisplayName("GS-5: after every step of a full day, every seat outside the readers is refused the case and its trail, and may do nothing; every reader reads it")
  void everySeatOutsideTheReadersIsRefusedAtEveryStep() {
    InMemoryStorage storage = new InMemoryStorage();
    CommandScopedIds ids = new CommandScopedIds();
    ManualClock clock = new ManualClock(EveryProcedure.START);
    BusinessCenter center = EveryProcedure.center(ids.around(storage), clock, ids, notice -> { });
    Map<String, ProcedureDefinition<?, ?, ?, ?>> definitions = new HashMap<>();
    center.procedures().forEach(d -> definitions.put(d.name(), d));
    assertEquals(StoreContents.STORES.keySet(), definitions.keySet(), "the procedures declared are the ones the test reads");
    List<Actor> seats = AuthorisationFromDeclarationsTest.everySeat();
    Map<String, int[]> figures = new TreeMap<>();

    EveryProcedure.play(center, clock, new EveryProcedure.Sender() {
      @Override
      public <M extends Command, T> T send(M command, Actor actor, EveryProcedure.Desk<M, T> desk) {
        ids.sending(command.commandId().value());
        T answer = AuthorisationFromDeclarationsTest.accepted(desk.handle(command, actor), command);
        Case<?, ?> read = (Case<?, ?>) answer;
        String procedure = procedureOf(read);
        int[] counted = figures.computeIfAbsent(procedure, p -> new int[2]);
        for (Actor seat : seats) {
          boolean reader = mayRead(definitions.get(procedure), read, seat);
          Either<Rejection, ?> found = find(center, procedure, seat, read.id().value());
          Either<Rejection, ?> trail = trail(center, procedure, seat, read.id().value());
          String who = procedure + " " + read.id().value() + " in " + read.state() + " read by " + seat.role() + " of " + seat.department();
          if (reader) {
            assertEquals(Either.right(read), found, who);
            assertTrue(trail.isRight(), who);
            counted[0]++;
          } else {
            Rejection refused = new Rejection.NotAReader(procedure, seat.role(), seat.department());
            assertEquals(Either.left(refused), found, who);
            assertEquals(Either.left(refused), trail, who);
            assertEquals(Either.right(List.of()), availableActions(center, procedure, seat, read.id().value()), who + " may do nothing");
            counted[1]++;
          }
        }
        assertTrue(mayRead(definitions.get(procedure), read, actor), "the seat that just acted reads what it did: " + procedure);
        return answer;
      }
    });

    figures.forEach((procedure, counted) -> System.out.printf("[readers] %s: readers %s; %d reads granted, %d refused%n",
        procedure, definitions.get(procedure).readers(), counted[0], counted[1]));
    assertEquals(definitions.keySet(), figures.keySet(), "every procedure was read");
    figures.forEach((procedure, counted) -> assertFalse(counted[1] == 0, procedure + ": some seat is refused, or the test proves nothing"));
  }

  @SuppressWarnings("unchecked")
  private static <C> boolean mayRead(ProcedureDefinition<?, ?, C, ?> definition, Case<?, ?> read, Actor seat) {
    return definition.mayRead((C) read, seat);
  }

  /** The procedure whose descriptor keeps cases of the type read. */
  private static String procedureOf(Case<?, ?> read) {
    return Procedures.ALL.stream().filter(p -> p.caseType().isInstance(read)).map(Procedure::name).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no procedure reads " + read.getClass()));
  }

  private static Either<Rejection, ?> find(BusinessCenter center, String procedure, Actor actor, String id) {
    return switch (procedure) {
      case "complaints" -> center.complaints().find(actor, CENTER, ComplaintId.of(id));
      case "equipment" -> center.services().device(actor, CENTER, DeviceId.of(id));
      case "service-orders" -> center.services().order(actor, CENTER, ServiceOrderId.of(id));
      case "internal-uses" -> center.services().internalUse(actor, CENTER, InternalUseId.of(id));
      case "meetings" -> center.meetings().find(actor, CENTER, MeetingId.of(id));
      case "keys" -> center.keys().find(actor, CENTER, KeyId.of(id));
      case "contracts" -> center.contracts().find(actor, CENTER, ContractId.of(id));
      case "move-ins" -> center.tenancy().find(actor, CENTER, MoveInId.of(id));
      case "renewal-visits" -> center.tenancy().find(actor, CENTER, RenewalVisitId.of(id));
      case "move-outs" -> center.tenancy().find(actor, CENTER, MoveOutId.of(id));
      default -> throw new IllegalArgumentException(procedure);
    };
  }

  private static Either<Rejection, ?> trail(BusinessCenter center, String procedure, Actor actor, String id) {
    return switch (procedure) {
      case "complaints" -> center.complaints().trail(actor, CENTER, ComplaintId.of(id));
      case "equipment" -> center.services().trail(actor, CENTER, DeviceId.of(id));
      case "service-orders" -> center.services().trail(actor, CENTER, ServiceOrderId.of(id));
      case "internal-uses" -> center.services().trail(actor, CENTER, InternalUseId.of(id));
      case "meetings" -> center.meetings().trail(actor, CENTER, MeetingId.of(id));
      case "keys" -> center.keys().trail(actor, CENTER, KeyId.of(id));
      case "contracts" -> center.contracts().trail(actor, CENTER, ContractId.of(id));
      case "move-ins" -> center.tenancy().trail(actor, CENTER, MoveInId.of(id));
      case "renewal-visits" -> center.tenancy().trail(actor, CENTER, RenewalVisitId.of(id));
      case "move-outs" -> center.tenancy().trail(actor, CENTER, MoveOutId.of(id));
      default -> throw new IllegalArgumentException(procedure);
    };
  }

  private static Either<Rejection, ?> availableActions(BusinessCenter center, String procedure, Actor actor, String id) {
    return switch (procedure) {
      case "complaints" -> center.complaints().availableActions(actor, CENTER, ComplaintId.of(id));
      case "equipment" -> center.services().availableActions(actor, CENTER, DeviceId.of(id));
      case "service-orders" -> center.services().availableActions(actor, CENTER, ServiceOrderId.of(id));
      case "internal-uses" -> center.services().availableActions(actor, CENTER, InternalUseId.of(id));
      case "meetings" -> center.meetings().availableActions(actor, CENTER, MeetingId.of(id));
      case "keys" -> center.keys().availableActions(actor, CENTER, KeyId.of(id));
      case "contracts" -> center.contracts().availableActions(actor, CENTER, ContractId.of(id));
      case "move-ins" -> center.tenancy().availableActions(actor, CENTER, MoveInId.of(id));
      case "renewal-visits" -> center.tenancy().availableActions(actor, CENTER, RenewalVisitId.of(id));
      case "move-outs" -> center.tenancy().availableActions(actor, CENTER, MoveOutId.of(id));
      default -> throw new IllegalArgumentException(procedure);
    };
  }
}
