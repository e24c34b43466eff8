package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Keys;
import io.vavr.control.Either;
import java.util.List;

/**
 * The key register in {@code bc_key}: besides the columns every case table has, the key's category, the room its lock
 * belongs to and its current holder are real, indexed columns, so that the register's questions are index range reads.
 * They are written by a second statement in the same transaction as the case, after the optimistic save succeeded.
 */
final class JdbcKeys extends JdbcCases<Key> implements Keys {
  private static final String COLUMNS = "UPDATE bc_key SET category = ?, room = ?, holder = ? WHERE center_id = ? AND case_id = ?";
  private static final String BY_HOLDER = "SELECT document FROM bc_key WHERE center_id = ? AND holder = ? ORDER BY opened_seq";
  private static final String BY_ROOM = "SELECT document FROM bc_key WHERE center_id = ? AND room = ? ORDER BY opened_seq";
  private static final String BY_CATEGORY = "SELECT document FROM bc_key WHERE center_id = ? AND category = ? ORDER BY opened_seq";
  static final String IN_STATE = "SELECT document FROM bc_key WHERE center_id = ? AND state = ? ORDER BY state_entered_at, opened_seq";
  private static final String IN_REGISTER = "SELECT COUNT(*) FROM bc_key WHERE center_id = ? AND category = ? AND state <> ?";

  private final JdbcTransactions transactions;
  private final Statements statements;
  private final Documents documents;

  JdbcKeys(JdbcTransactions transactions, Documents documents) {
    super("keys", "bc_key", Key.class, transactions, documents);
    this.transactions = transactions;
    this.statements = transactions.statements();
    this.documents = documents;
  }

  @Override
  public Either<Rejection.VersionConflict, Key> save(Key next, long expectedVersion) {
    return super.save(next, expectedVersion).peek(saved -> transactions.use(c -> statements.update(c, COLUMNS, saved.category(),
        saved.lock().inRoom().map(RoomId::value).orElse(null),
        saved.holder().map(Holder::reference).orElse(null),
        saved.center().value(), saved.id().value())));
  }

  @Override
  public List<Key> heldBy(CenterId center, Holder holder) {
    return keys(BY_HOLDER, center.value(), holder.reference());
  }

  @Override
  public List<Key> ofRoom(CenterId center, RoomId room) {
    return keys(BY_ROOM, center.value(), room.value());
  }

  @Override
  public List<Key> ofCategory(CenterId center, KeyCategory category) {
    return keys(BY_CATEGORY, center.value(), category);
  }

  @Override
  public List<Key> inState(CenterId center, KeyState state) {
    return keys(IN_STATE, center.value(), state);
  }

  @Override
  public long inRegister(CenterId center, KeyCategory category) {
    return transactions.use(c -> statements.query(c, IN_REGISTER, row -> row.getLong(1), center.value(), category, KeyState.RETIRED).get(0));
  }

  private List<Key> keys(String sql, Object... parameters) {
    return transactions.use(c -> statements.query(c, sql, row -> documents.read(row.getString(1), Key.class), parameters));
  }
}
