package io.bizcenter.adapters.jdbc;

/**
 * Encryption at rest of what the adapter stores as documents: cases, the events of the audit trail, receipts' answers,
 * notices' arguments and agenda rows' actions. These are where personal data sits; the indexed columns (ids, states,
 * times, rooms, devices, tenants, key holders, departments) hold none and stay in clear, so every query keeps its index.
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.on(dataSource, new AesGcmCipher(keyFromTheVendorsVault));
 * }</pre>
 *
 * <p>The adapter stores what {@link #seal} returns as a JSON string (any text will do), which tells it from a document
 * written in clear before the cipher was given, always a JSON object or array: that one it still reads, and seals when it
 * writes it again. Being JSON, a sealed document passes a database's JSON check (MariaDB's and MySQL's).
 */
public interface DocumentCipher {
  /** No encryption: documents are stored as JSON text, as before this port existed. */
  DocumentCipher NONE = new DocumentCipher() {
    @Override
    public String seal(String document) {
      return document;
    }

    @Override
    public String open(String sealed) {
      throw new StorageFailure("a sealed document was read, but the storage was given no cipher to open it with");
    }
  };

  /** {@code document} (JSON text) sealed for storage. */
  String seal(String document);

  /** The JSON text {@code sealed} was made from; a {@link StorageFailure} if it cannot be opened (wrong key, altered). */
  String open(String sealed);
}
