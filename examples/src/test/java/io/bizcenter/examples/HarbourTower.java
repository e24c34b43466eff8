package io.bizcenter.examples;

import io.bizcenter.core.Storage;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.testkit.check.Configuration;
import java.util.function.Function;
import java.util.function.Supplier;

/** Harbour Tower's configuration ({@link HarbourTowerPolicies}) on a store of the test's choosing, fresh for every run. */
final class HarbourTower implements Configuration {
  private final Supplier<Storage> stores;
  private final ContractPolicy contracts;

  private HarbourTower(Supplier<Storage> stores, ContractPolicy contracts) {
    this.stores = stores;
    this.contracts = contracts;
  }

  /** Harbour Tower as it is configured. */
  static HarbourTower on(Supplier<Storage> stores) {
    return new HarbourTower(stores, HarbourTowerPolicies.contracts());
  }

  /** Harbour Tower with another contract policy: for a policy that does not fit its seats. */
  static HarbourTower withContractPolicy(Supplier<Storage> stores, ContractPolicy contracts) {
    return new HarbourTower(stores, contracts);
  }

  @Override
  public Storage freshStorage() {
    return stores.get();
  }

  @Override
  public Function<CenterId, ComplaintPolicy> complaintPolicies() {
    ComplaintPolicy policy = HarbourTowerPolicies.complaints();
    return center -> policy;
  }

  @Override
  public Function<CenterId, ContractPolicy> contractPolicies() {
    return center -> contracts;
  }

  @Override
  public boolean staffs(Role role, Department department) {
    return HarbourTowerPolicies.staffs(role, department);
  }
}
