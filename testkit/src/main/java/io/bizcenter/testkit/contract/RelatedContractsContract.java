package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.CENTER_B;
import static io.bizcenter.testkit.contract.Samples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract store's own query ({@code Contracts.relatedTo}): the parking and phone-line agreements that belong to a
 * lease, which the payment notice and the tenant file cover (CS-5.1, CS-5.2).
 */
public abstract class RelatedContractsContract extends PortContract {
  private static final ContractId LEASE = ContractId.of("lease-1");

  private Contract saved(Contract c, long expectedVersion) {
    committed(() -> assertTrue(storage.contracts().save(c, expectedVersion).isRight(), () -> "saving " + c.id()));
    return c;
  }

  @Test
  @DisplayName("CS-5.1 the contracts that belong to a lease, oldest first; none of another lease, the lease itself not among them")
  void relatedContractsOfALease() {
    saved(ContractSamples.lease(CENTER_A, LEASE.value(), 1, at(0)), 0);
    Contract second = ContractSamples.parking(CENTER_A, "parking-b", LEASE, at(2));
    Contract first = ContractSamples.parking(CENTER_A, "parking-z", LEASE, at(1));
    saved(first, 0);
    saved(second, 0);
    saved(ContractSamples.parking(CENTER_A, "parking-other", ContractId.of("lease-2"), at(3)), 0);

    assertEquals(List.of(first, second), storage.contracts().relatedTo(CENTER_A, LEASE));
    assertEquals(List.of(), storage.contracts().relatedTo(CENTER_A, ContractId.of("no-such-lease")));
  }

  @Test
  @DisplayName("CS-5.1 a related contract saved again is listed once, as it stands now")
  void aSavedAgainContractIsListedOnce() {
    Contract parking = saved(ContractSamples.parking(CENTER_A, "parking-1", LEASE, at(1)), 0);
    Contract next = parking.advancedTo(parking.state(), parking.stateEnteredAt().plus(Duration.ofMinutes(10)), parking.policy());
    saved(next, 1);

    assertEquals(List.of(next), storage.contracts().relatedTo(CENTER_A, LEASE));
  }

  @Test
  @DisplayName("GS-5 a lease's related contracts are read within its center only")
  void relatedContractsStayInTheirCenter() {
    Contract a = saved(ContractSamples.parking(CENTER_A, "parking-1", LEASE, at(1)), 0);
    Contract b = saved(ContractSamples.parking(CENTER_B, "parking-1", LEASE, at(2)), 0);

    assertEquals(List.of(a), storage.contracts().relatedTo(CENTER_A, LEASE));
    assertEquals(List.of(b), storage.contracts().relatedTo(CENTER_B, LEASE));
  }
}
