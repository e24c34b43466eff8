package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.testkit.ManualClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A full day of every procedure on a storage sealing its documents with AES-GCM: the ports show exactly what they show
 * on a storage in clear (so every indexed question, calendars, agenda, key register, elevator, still answers), the raw
 * database holds none of the day's names, phone or identity numbers, a wrong key fails loudly, and documents written in
 * clear before the cipher was given are still read.
 */
@DisplayName("Encryption at rest: documents sealed with AES-GCM")
class EncryptionAtRestTest {
  private static SecretKey key() throws Exception {
    KeyGenerator aes = KeyGenerator.getInstance("AES");
    aes.init(256);
    return aes.generateKey();
  }

  /** Plays the day on {@code storage}; answers what every store shows afterwards. */
  private static StoreContents day(JdbcStorage storage) {
    CommandScopedIds ids = new CommandScopedIds();
    ManualClock clock = new ManualClock(EveryProcedure.START);
    BusinessCenter center = EveryProcedure.center(ids.around(storage), clock, ids, notice -> { });
    EveryProcedure.play(center, clock, EveryProcedure.Sender.accepting(ids));
    return StoreContents.cases(storage, EveryProcedure.CENTER);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Dialect.class)
  @DisplayName("GS-6 sealed documents: the same answers from every port, no personal data in the raw database")
  void aSealedDayAnswersAsAPlainOne(Dialect dialect) throws Exception {
    DataSource plain = Databases.empty(dialect);
    StoreContents inClear = day(JdbcStorage.on(plain));
    String rawInClear = RawText.of(plain);
    assertTrue(EveryProcedure.PERSONAL.stream().anyMatch(rawInClear::contains), "in clear, the raw search finds the day's personal data");

    DataSource database = Databases.empty(dialect);
    SecretKey key = key();
    JdbcStorage sealed = JdbcStorage.on(database, new AesGcmCipher(key));
    StoreContents sealedDay = day(sealed);

    inClear.assertSameAs(sealedDay, "sealed");
    String raw = RawText.of(database);
    for (String personal : EveryProcedure.PERSONAL) {
      assertFalse(raw.contains(personal), () -> "'" + personal + "' in clear in the sealed database");
    }
    assertFalse(raw.contains("\"center\""), "no document in clear");
    assertEquals(sealedDay, StoreContents.cases(JdbcStorage.on(database, new AesGcmCipher(key)), EveryProcedure.CENTER),
        "another node with the same key reads the same");
    JdbcStorage wrongKey = JdbcStorage.on(database, new AesGcmCipher(key()));
    assertThrows(StorageFailure.class, () -> StoreContents.cases(wrongKey, EveryProcedure.CENTER), "a wrong key never reads as something else");
    assertThrows(StorageFailure.class, () -> StoreContents.cases(JdbcStorage.on(database), EveryProcedure.CENTER),
        "sealed documents without a cipher fail loudly");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Dialect.class)
  @DisplayName("GS-6 a database written in clear is read once the vendor gives a cipher, and what is written from then on is sealed")
  void documentsInClearAreStillRead(Dialect dialect) throws Exception {
    DataSource database = Databases.empty(dialect);
    StoreContents inClear = day(JdbcStorage.on(database));
    JdbcStorage sealed = JdbcStorage.on(database, new AesGcmCipher(key()));

    assertEquals(inClear, StoreContents.cases(sealed, EveryProcedure.CENTER));
    var complaint = sealed.complaints().all(EveryProcedure.CENTER).get(0);
    sealed.transactions().inTransaction(() -> sealed.complaints().save(complaint, complaint.version()).mapLeft(c -> c));
    try (Connection c = database.getConnection(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT document FROM bc_complaint WHERE case_id = '" + complaint.id().value() + "'")) {
      assertTrue(row.next());
      assertTrue(row.getString(1).startsWith("\"aes-gcm:"), "written again, sealed (as a JSON string)");
    }
    assertEquals(inClear, StoreContents.cases(sealed, EveryProcedure.CENTER));
  }
}
