package io.bizcenter.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.Storage;
import io.bizcenter.core.port.ActivityPage;
import io.bizcenter.core.port.ActivityQuery;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.testkit.ForwardingStorage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The activity contract is seen to fail on stores that page the way it forbids: by an offset (an entry written between
 * two pages repeats one), and in no stable order. The sound in-memory store passes the same tests.
 */
@DisplayName("The activity log contract catches offset and unordered paging")
class ActivityLogContractCatchesBrokenPagingTest {
  /** The contract on a given store, its fixture written as JUnit would before each test. */
  private static ActivityLogContract on(Storage store) {
    ActivityLogContract contract = new ActivityLogContract() {
      @Override
      protected Storage newStorage() {
        return store;
      }
    };
    contract.emptyStorage();
    contract.twoCentersWithActivity();
    return contract;
  }

  /**
   * A store that reads every matching entry through the sound one, sorts it by {@code order}, and pages it by an offset
   * in the cursor: the answers of a store with {@code OFFSET ?} in its SQL.
   */
  private static Storage offsetPaging(UnaryOperator<List<AuditEntry>> order) {
    Storage sound = new InMemoryStorage();
    EventLog log = (EventLog) Proxy.newProxyInstance(EventLog.class.getClassLoader(), new Class<?>[] {EventLog.class}, (proxy, method, args) -> {
      if (!method.getName().equals("activity")) {
        try {
          return method.invoke(sound.eventLog(), args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
      ActivityQuery q = (ActivityQuery) args[0];
      @SuppressWarnings("unchecked")
      Set<String> procedures = (Set<String>) args[1];
      ActivityQuery whole = q.withPageSize(ActivityQuery.MAX_PAGE_SIZE).after(Optional.empty());
      List<AuditEntry> all = order.apply(sound.eventLog().activity(whole, procedures).entries());
      int offset = q.cursor().map(c -> Integer.parseInt(c.substring("offset:".length()))).orElse(0);
      int end = Math.min(all.size(), offset + q.pageSize());
      return new ActivityPage(all.subList(Math.min(offset, all.size()), end),
          end < all.size() ? Optional.of("offset:" + end) : Optional.empty());
    });
    return new ForwardingStorage(sound) {
      @Override
      public EventLog eventLog() {
        return log;
      }
    };
  }

  @Test
  @DisplayName("offset paging in the right order passes a quiet log but fails when entries are written between pages")
  void offsetPagingIsCaught() {
    Storage offset = offsetPaging(entries -> entries);

    assertDoesNotThrow(on(offset)::pagingShowsEveryEntryOnce);
    assertThrows(AssertionFailedError.class, on(offsetPaging(entries -> entries))::pagingStaysPutWhileEntriesAreWritten);
  }

  @Test
  @DisplayName("paging in an order of its own (by case id) is caught")
  void unorderedPagingIsCaught() {
    Storage unordered = offsetPaging(entries -> entries.stream().sorted(Comparator.comparing(AuditEntry::caseId)).toList());

    assertThrows(AssertionFailedError.class, on(unordered)::everyEntryInOrder);
  }

  @Test
  @DisplayName("the sound in-memory store passes the same tests")
  void theSoundStorePasses() {
    assertDoesNotThrow(on(new InMemoryStorage())::pagingShowsEveryEntryOnce);
    assertDoesNotThrow(on(new InMemoryStorage())::pagingStaysPutWhileEntriesAreWritten);
    assertDoesNotThrow(on(new InMemoryStorage())::everyEntryInOrder);
  }
}
