package io.bizcenter.testkit.check;

import io.bizcenter.core.Storage;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.agenda.AgendaItems;
import io.bizcenter.core.complaints.Complaints;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.port.Receipts;
import io.bizcenter.testkit.ForwardingStorage;
import io.vavr.control.Option;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stores with one fault each, for showing that the check catches them. Each wraps a sound store and changes one method
 * of one port; every other method, present or added later, goes through unchanged.
 */
final class StoreMutants {
  private StoreMutants() {}

  /** Loses the audit entry of every fifth accepted decision. */
  static Storage droppingAuditEntries(Storage sound) {
    AtomicInteger appended = new AtomicInteger();
    EventLog log = changed(EventLog.class, sound.eventLog(), (method, args, through) -> {
      if (method.equals("append") && appended.incrementAndGet() % 5 == 0) {
        return null;
      }
      return through.call();
    });
    return new ForwardingStorage(sound) {
      @Override
      public EventLog eventLog() {
        return log;
      }
    };
  }

  /** Finds no receipt: a command sent again is decided again. */
  static Storage forgettingReceipts(Storage sound) {
    Receipts receipts = changed(Receipts.class, sound.receipts(), (method, args, through) -> method.equals("find") ? Option.none() : through.call());
    return new ForwardingStorage(sound) {
      @Override
      public Receipts receipts() {
        return receipts;
      }
    };
  }

  /** Keeps a case's old agenda rows when it is given new ones. */
  @SuppressWarnings("unchecked")
  static Storage keepingStaleDuties(Storage sound) {
    AgendaItems agenda = changed(AgendaItems.class, sound.agenda(), (method, args, through) -> {
      if (method.equals("replace")) {
        List<AgendaItem> both = new ArrayList<>(sound.agenda().forCase((CenterId) args[0], (String) args[1], (String) args[2]));
        both.addAll((List<AgendaItem>) args[3]);
        sound.agenda().replace((CenterId) args[0], (String) args[1], (String) args[2], both);
        return null;
      }
      return through.call();
    });
    return new ForwardingStorage(sound) {
      @Override
      public AgendaItems agenda() {
        return agenda;
      }
    };
  }

  /** Finds a complaint by its id in whichever center holds it. */
  static Storage findingComplaintsInAnyCenter(Storage sound) {
    Complaints complaints = changed(Complaints.class, sound.complaints(), (method, args, through) -> {
      if (method.equals("find")) {
        for (CenterId center : ProcedureCheck.CENTERS) {
          Option<?> found = sound.complaints().find(center, (String) args[1]);
          if (found.isDefined()) {
            return found;
          }
        }
      }
      return through.call();
    });
    return new ForwardingStorage(sound) {
      @Override
      public Complaints complaints() {
        return complaints;
      }
    };
  }

  /** Keeps every notice in the outbox but never hands one to the relay. */
  static Storage withholdingNotices(Storage sound) {
    EventLog log = changed(EventLog.class, sound.eventLog(), (method, args, through) -> method.equals("claimDue") ? List.of() : through.call());
    return new ForwardingStorage(sound) {
      @Override
      public EventLog eventLog() {
        return log;
      }
    };
  }

  /** One method's answer, given its name and arguments and a way through to the sound port. */
  private interface Change {
    Object answer(String method, Object[] args, Through through) throws Throwable;
  }

  private interface Through {
    Object call() throws Throwable;
  }

  private static <P> P changed(Class<P> port, P sound, Change change) {
    InvocationHandler handler = (proxy, method, args) -> change.answer(method.getName(), args, () -> {
      try {
        return method.invoke(sound, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
  }
}
