package io.bizcenter.examples;

import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.core.port.Transactions;
import io.bizcenter.core.services.EquipmentRegister;
import io.bizcenter.testkit.ForwardingStorage;
import javax.sql.DataSource;

/**
 * A vendor's own store, honestly small: the library's JDBC tables for everything, except the equipment register, which
 * lives in the vendor's asset table ({@link OwnAssetTable}). It passes testkit's whole store contract
 * ({@code AssetRegisterStorageContractTest}):
 *
 * <pre>
 * mvn -q -pl examples -am verify -Dtest='AssetRegisterStorage*' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>What a vendor's store must get right, whether it replaces one port or all of them:
 * <ul>
 *   <li><b>One unit of work.</b> Every store's writes for a command (the case, its audit entry and notices, its agenda,
 *       the command's receipt) commit together or not at all: a rejection or an exception rolls back every store, and a
 *       unit of work reads its own writes. Here the vendor's table joins the adapter's transaction through
 *       {@link UnitOfWorkConnection}; a complete storage of one's own brings its own {@link Transactions} for all ports.
 *   <li><b>Optimistic versions (GS-2).</b> {@code save(next, expected)} writes only if the stored version is still
 *       {@code expected} (0: the case is new), and otherwise answers the conflict with the version found, writing
 *       nothing. Racing creators of one id get one winner and conflicts, never an exception.
 *   <li><b>Centers apart.</b> Every read and write names the center; a case, an agenda item, a receipt of one center is
 *       not there for another, and the same id may live in both.
 *   <li><b>Exclusive sections.</b> {@link Transactions#exclusive} holds a resource of a center until the unit of work
 *       ends, on every node: rules that span cases (no two bookings of a room overlap) rely on it.
 * </ul>
 * {@link ForwardingStorage} hands every other port to the adapter, so ports added in later releases keep working and the
 * contract suite, extended with them, keeps checking them.
 */
public final class AssetRegisterStorage extends ForwardingStorage {
  private final Transactions transactions;
  private final OwnAssetTable assets;

  private AssetRegisterStorage(JdbcStorage adapter, UnitOfWorkConnection connection) {
    super(adapter);
    this.transactions = connection.around(adapter.transactions());
    this.assets = new OwnAssetTable(connection, transactions);
  }

  /** The library's tables and the vendor's asset table on {@code pool}, both brought up to date. */
  public static AssetRegisterStorage on(DataSource pool) {
    UnitOfWorkConnection connection = new UnitOfWorkConnection(pool);
    JdbcStorage adapter = JdbcStorage.on(connection.dataSource());
    adapter.migrate();
    AssetRegisterStorage storage = new AssetRegisterStorage(adapter, connection);
    storage.assets.createTable();
    return storage;
  }

  /** The adapter's transactions, each noting its connection so that the asset table writes in it too. */
  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public EquipmentRegister equipment() {
    return assets;
  }
}
