package io.bizcenter.testkit.keys;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.keys.KeyFixture.EAST_GATE;
import static io.bizcenter.testkit.keys.KeyFixture.TOWER;
import static io.bizcenter.testkit.keys.KeyFixture.holder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyRejection;
import io.bizcenter.core.keys.Lock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * KY-1.1 只有商务中心的工作人员才可持有: an outsourced cleaner entered in the business center as a cleaner has the role
 * that may hold a master key, but not the employer. The holder names its employer, and a contractor is refused.
 */
@DisplayName("An outsourced cleaner entered as a business-center cleaner gets no master key (KY-1.1)")
class ContractorsHoldNoMasterKeyTest {
  private final KeyFixture fixture = new KeyFixture();
  private final Holder outsourcedCleaner = contractor(fixture.cleaner);

  private static Holder contractor(Actor actor) {
    return Holder.staff(actor, Employer.CONTRACTOR);
  }

  @Test
  @DisplayName("KY-1.1: a master key cut for a contractor in a cleaner's seat is refused under KY-1.1, in both languages, and nothing is written")
  void aContractorIsRefusedAMasterKey() {
    Rejection rejection = fixture.rejected(fixture.cut(Lock.master(), outsourcedCleaner), fixture.supervisor);

    assertRejection(rejection, KeyRejection.MasterKeyForCenterStaffOnly.class, "KY_MASTER_KEY_FOR_CENTER_STAFF_ONLY", "KY-1.1",
        outsourcedCleaner);
    assertEquals("只有商务中心的工作人员才可持有万能钥匙，商务中心员工 bc-cln-1 是外包人员。", rejection.message(Messages.ZH_CN));
    assertEquals(List.of(), fixture.storage.keys().all(TOWER));
  }

  @Test
  @DisplayName("KY-1.1: lending, issuing and handing over a master key to a contractor are refused too; the center's own cleaner gets it")
  void everyMoveToAContractorIsRefused() {
    Key key = fixture.accepted(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.supervisor);
    assertRejection(fixture.rejected(fixture.handOver(key.id(), contractor(fixture.supervisor)), fixture.manager),
        KeyRejection.MasterKeyForCenterStaffOnly.class, "KY_MASTER_KEY_FOR_CENTER_STAFF_ONLY", "KY-1.1", contractor(fixture.supervisor));
    fixture.accepted(fixture.returnKey(key.id()), fixture.clerk);

    assertRejection(fixture.rejected(fixture.lend(key.id(), outsourcedCleaner), fixture.clerk),
        KeyRejection.MasterKeyForCenterStaffOnly.class, "KY_MASTER_KEY_FOR_CENTER_STAFF_ONLY", "KY-1.1", outsourcedCleaner);
    assertRejection(fixture.rejected(fixture.issue(key.id(), contractor(fixture.manager)), fixture.supervisor),
        KeyRejection.MasterKeyForCenterStaffOnly.class, "KY_MASTER_KEY_FOR_CENTER_STAFF_ONLY", "KY-1.1", contractor(fixture.manager));

    Key lent = fixture.accepted(fixture.lend(key.id(), holder(fixture.cleaner)), fixture.clerk);
    assertEquals(Optional.of(holder(fixture.cleaner)), lent.holder());
  }

  @Test
  @DisplayName("KY-3.2, KY-4.1: a contractor holds neither a workstation key nor a public door's key, each refused under its own clause")
  void noWorkstationNorPublicDoorKeyForAContractor() {
    assertRejection(fixture.rejected(fixture.cut(Lock.workstation("WS-9"), contractor(fixture.clerk)), fixture.supervisor),
        KeyRejection.WorkstationKeyForBusinessCenterStaffOnly.class, "KY_WORKSTATION_KEY_FOR_BUSINESS_CENTER_STAFF_ONLY", "KY-3.2",
        contractor(fixture.clerk));
    assertRejection(fixture.rejected(fixture.cut(EAST_GATE, contractor(fixture.supervisor)), fixture.manager),
        KeyRejection.PublicDoorKeyForTheSupervisorOnly.class, "KY_PUBLIC_DOOR_KEY_FOR_THE_SUPERVISOR_ONLY", "KY-4.1",
        contractor(fixture.supervisor));
    assertEquals(List.of(), fixture.storage.keys().all(TOWER));
  }
}
