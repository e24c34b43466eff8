package io.bizcenter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.HeldOriginals;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.contracts.Terms;
import io.bizcenter.core.imports.ContractRow;
import io.bizcenter.core.imports.DeviceRow;
import io.bizcenter.core.imports.KeyRow;
import io.bizcenter.core.imports.TenancyRow;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection.InvalidInput;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.FurnitureKind;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.tenancy.ClientContact;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The import desk's rows (GS-6) in the wire format: a building's file sends them, so they read as any command does. */
class ImportRowsTest {
  private static final LocalDate START = LocalDate.of(2024, 2, 1);
  private static final LocalDate END = LocalDate.of(2027, 1, 31);

  @Test
  @DisplayName("GS-6 every kind of import row, its optional parts left out or given, reads back from its JSON equal to what was written")
  void everyRowRoundTrips() {
    Holder tenant = Holder.tenant(TenantId.of("T-ACME"));
    Holder cleaner = Holder.staff(StaffId.of("cl-01"), Role.CLEANER, Department.BUSINESS_CENTER, Employer.CENTER_STAFF);
    List<Object> rows = List.of(
        new TenancyRow(TenantId.of("T-ACME"), "上海艾克米贸易有限公司", List.of(RoomId.of("1203"), RoomId.of("1205")), START, END,
            List.of(ClientContact.of("王小明", "13800138000", "行政"))),
        new TenancyRow(null, null, null, null, null, null),
        KeyRow.inBox(Lock.furniture(RoomId.of("1203"), FurnitureKind.FILING_CABINET, "A")),
        KeyRow.held(Lock.officeDoor(RoomId.of("1203")), tenant),
        new KeyRow(Lock.officeDoor(RoomId.of("1203")), KeyState.HELD, KeyOrigin.CLIENT_MADE, tenant),
        new KeyRow(Lock.master(), KeyState.HELD, null, cleaner),
        KeyRow.lost(Lock.master(), cleaner),
        new DeviceRow(EquipmentKind.PRINTER, "HP LaserJet M507", 90, LocalDate.of(2026, 10, 15)),
        new DeviceRow(EquipmentKind.COMPUTER, "Dell OptiPlex 7010", 365, null),
        new ContractRow("L-2024-031", ContractType.LEASE, TenantId.of("T-ACME"), TenantType.COMPANY,
            new Terms("1203、1205 室", START, END, Money.yuan("42000.00"), Money.yuan("126000.00")), null,
            List.of(HeldOriginals.by(Department.ADMINISTRATION, 1), HeldOriginals.byTenant(2))),
        new ContractRow("P-2024-007", ContractType.PARKING, TenantId.of("T-ACME"), TenantType.COMPANY,
            new Terms("B2-017 车位", START, END, Money.yuan("800.00"), Money.yuan("0.00")), "L-2024-031", List.of()));
    for (Object row : rows) {
      assertEquals(row, BizCenterJson.read(BizCenterJson.write(row), row.getClass()).get(), BizCenterJson.write(row));
    }
  }

  @Test
  @DisplayName("GS-1 a value of a row that cannot be read is refused by its JSON path within the row")
  void aBadValueIsNamedByItsPath() {
    String contract = """
        {"reference": "L-1", "type": "LEASE", "tenant": "T-1", "tenantType": "COMPANY",
         "terms": {"subject": "1203", "start": "2024-02-01", "end": "2027-01-31",
                   "monthlyCharge": {"amount": "42000.00", "currency": "CNY"}, "deposit": {"amount": "126000.00", "currency": "CNY"}},
         "originals": [{"keeper": "ADMINISTRATION", "count": 1}, {"keeper": "TENANT", "count": 2}]}
        """;
    assertEquals(new InvalidInput(List.of(FieldError.of("originals[1].keeper", Problem.MALFORMED))),
        BizCenterJson.read(contract, ContractRow.class).getLeft());
    String key = """
        {"lock": {"category": "OFFICE_DOOR", "room": "1203"}, "state": "HELD", "holder": {"tenant": "T-ACME"}}
        """;
    assertEquals(new InvalidInput(List.of(FieldError.of("holder.tenant", Problem.NOT_ALLOWED))), BizCenterJson.read(key, KeyRow.class).getLeft(),
        "a holder as the old hand-written format spelt it");
  }
}
