package io.bizcenter.forms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.tenancy.ClientDocument;
import io.bizcenter.core.tenancy.ItemCondition;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.TenantDirectory;
import io.bizcenter.forms.FieldErrors;
import io.bizcenter.forms.FormPrinter;
import io.bizcenter.forms.Party;
import io.bizcenter.forms.Recipient;
import io.bizcenter.forms.Run;
import io.bizcenter.json.BizCenterJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The client file and the forms of tenant move-out, printed from a real move-in and move-out (MI-6.3, MO-2.1 to MO-3.2)")
class MoveOutFormsTest {
  private static final String CLIENT = "欧阳娜娜";
  private final TenancyFixture fixture = new TenancyFixture();
  private final FormPrinter printer = FormPrinter.defaults();

  @Test
  @DisplayName("MI-6.3: every kind of document a to e, filed or not; the identity number masked on the list, never in full; the contacts in full")
  void clientFileContents() {
    Run<MoveIn> noticed = fixture.noticed();
    assertEquals(Map.of("contents", Problem.MISSING),
        FieldErrors.of(ClientFileForm.of(noticed.kase(), noticed.trail()), ClientFileForm.TYPE));

    Run<MoveIn> run = new TenancyFixture().movedIn(CLIENT);
    ClientFileForm file = ClientFileForm.of(run.kase(), run.trail()).get();

    assertEquals(List.of(ClientDocument.values()), file.contents().stream().map(ClientFileForm.Entry::document).toList());
    assertEquals(List.of("a", "a", "b", "c", "d", "e", "e", "e", "e"), file.contents().stream().map(ClientFileForm.Entry::letter).toList());
    assertEquals(Optional.empty(), file.contents().get(ClientDocument.PARKING_RENTAL_PROOF.ordinal()).reference(), "no parking rented");
    assertEquals("31****34", file.identity().get().maskedNumber());
    assertEquals(CLIENT, file.identity().get().holder().value());
    assertEquals(Optional.empty(), file.archive(), "not archived while the client is in");
    assertEquals(List.of(Recipient.of(Party.CLIENT_FILE)), file.copies().recipients());
    List<String> everywhere = List.of(printer.html(file, Messages.ZH_CN), printer.text(file, Messages.EN), BizCenterJson.write(file),
        file.toString());
    for (String printed : everywhere) {
      assertFalse(printed.contains(TenancyFixture.ID_NUMBER), printed);
    }
    String text = printer.text(file, Messages.ZH_CN);
    assertTrue(text.contains("证件号码（部分隐去）：31****34\n"), text);
    assertTrue(text.contains("- " + CLIENT + " | 行政经理 | " + TenancyFixture.CONTACT_PHONE + "\n"), text);
    assertTrue(text.contains("e) 车位租用证明：未存档\n"), text);
  }

  @Test
  @DisplayName("MO-3.1: at the move-out, the archive the file went to; a move-out of another move-in is refused")
  void clientFileArchived() {
    Run<MoveOut> out = fixture.archived(CLIENT);
    Run<MoveIn> in = fixture.run(out.kase().moveIn());

    ClientFileForm file = ClientFileForm.of(in.kase(), out.kase(), fixture.trails(out.kase())).get();

    assertEquals(Optional.of("档案室-2028-042"), file.archive());
    assertEquals(Optional.of("sv-clk-1"), file.archivedBy());
    assertEquals(Optional.of(out.kase().id().value()), file.moveOut());
    Run<MoveIn> other = fixture.secondTenantNoticed();
    assertEquals(Map.of("moveOut", Problem.NOT_ALLOWED),
        FieldErrors.of(ClientFileForm.of(other.kase(), out.kase(), fixture.trails(out.kase())), ClientFileForm.TYPE));
  }

  @Test
  @DisplayName("MO-2.1, MO-2.3: the joint inventory against the acceptance record, item by item; what the client pays once assessed, exact to the fen")
  void rectificationAndAcceptance() {
    Run<MoveOut> leaving = fixture.leaving(CLIENT);
    assertEquals(Map.of("inventory", Problem.MISSING),
        FieldErrors.of(UnitRectificationAcceptanceForm.of(leaving.kase(), leaving.trail()), UnitRectificationAcceptanceForm.TYPE));

    Run<MoveOut> run = new TenancyFixture().archived(CLIENT);
    UnitRectificationAcceptanceForm form = UnitRectificationAcceptanceForm.of(run.kase(), run.trail()).get();

    assertEquals(List.of(ItemCondition.DAMAGED, ItemCondition.MISSING, ItemCondition.INTACT),
        form.inventory().stream().map(UnitRectificationAcceptanceForm.Line::condition).toList());
    assertEquals(List.of(Optional.of(Money.yuan("800.00")), Optional.of(Money.yuan("150.50")), Optional.empty()),
        form.inventory().stream().map(UnitRectificationAcceptanceForm.Line::compensation).toList());
    assertEquals(Optional.of(Money.yuan("950.50")), form.damage());
    assertEquals("en-stf-1", form.engineer());
    assertTrue(printer.text(form, Messages.EN).contains("Compensation due from the client: CNY 950.50 · "));
  }

  @Test
  @DisplayName("MO-2.2: the meter reading in duplicate, one sheet for Engineering and one for Service, in that order; none before it is read")
  void meterReadingInDuplicate() {
    Run<MoveOut> leaving = fixture.leaving(CLIENT);
    assertEquals(Map.of("reading", Problem.MISSING),
        FieldErrors.of(MoveOutMeterReadingForm.of(leaving.kase(), leaving.trail()), MoveOutMeterReadingForm.TYPE));

    Run<MoveOut> run = new TenancyFixture().archived(CLIENT);
    MoveOutMeterReadingForm form = MoveOutMeterReadingForm.of(run.kase(), run.trail()).get();

    assertEquals(new BigDecimal("2890.25"), form.kwh());
    assertEquals(List.of(Recipient.of(Department.ENGINEERING), Recipient.of(Department.SERVICE)), form.copies().recipients());
    assertEquals(MoveOutMeterReadingForm.TYPE.copies(), form.copies(), "the source's 一式二份");
    String zh = printer.html(form, Messages.ZH_CN);
    int engineering = zh.indexOf("第1份（共2份）：工程部");
    assertTrue(engineering >= 0 && zh.indexOf("第2份（共2份）：服务部") > engineering, zh);
    assertEquals(2, zh.split("<section class=\"sheet\">", -1).length - 1);
  }

  @Test
  @DisplayName("MO-3.2: the Tenant Directory unit by unit, as the desk answers it; the leaving tenant is off it once the move-out completes")
  void tenantDirectory() {
    TenantDirectory directory = fixture.directory(CLIENT);

    TenantDirectoryForm form = TenantDirectoryForm.of(TenancyFixture.TOWER, directory, fixture.now()).get();

    assertEquals(List.of("1203", "1204", "1501"), form.entries().stream().map(TenantDirectoryForm.Line::unit).toList());
    assertEquals(Optional.of(MoveOutState.LEAVING), form.entries().get(0).moveOutState());
    assertEquals(MoveInState.UNIT_HANDED_OVER, form.entries().get(2).moveInState());
    assertTrue(printer.text(form, Messages.ZH_CN).contains("3. 1501 | 北京某某科技有限公司 (T-beta) | "));
    assertEquals(Map.of("center", Problem.MISSING, "entries", Problem.MISSING, "asOf", Problem.MISSING),
        FieldErrors.of(TenantDirectoryForm.of(null, null, null), TenantDirectoryForm.TYPE));

    TenancyFixture done = new TenancyFixture();
    Run<MoveOut> out = done.archived(CLIENT);
    done.directoryUpdated(out.kase().id());
    TenantDirectory emptied = done.desk().directory(done.serviceClerk, TenancyFixture.TOWER).get();
    TenantDirectoryForm after = TenantDirectoryForm.of(TenancyFixture.TOWER, emptied, done.now()).get();
    assertEquals(List.of(), after.entries());
    assertTrue(printer.text(after, Messages.EN).contains("\nnone\n"), "an empty directory says so");
  }
}
