package io.bizcenter.core.kernel;

import org.slf4j.MDC;

/**
 * The MDC keys the library puts around every command and every delivery, so that a vendor's log pattern (or its
 * tracing) can show which center, procedure, case and command a line belongs to. Values come from outside and are
 * escaped and bounded like any logged value ({@link LogText}). Closing puts back what the thread had before.
 *
 * <pre>{@code %d %-5level [%X{bizcenter.center} %X{bizcenter.procedure} %X{bizcenter.case} %X{bizcenter.command}] %msg%n}</pre>
 */
public final class LogContext implements AutoCloseable {
  public static final String CENTER = "bizcenter.center";
  public static final String PROCEDURE = "bizcenter.procedure";
  public static final String CASE = "bizcenter.case";
  public static final String COMMAND = "bizcenter.command";
  public static final String NOTICE = "bizcenter.notice";

  // what the thread had under each key this context put, to put back: a few keys, so two short arrays, not a map
  private final String[] keys = new String[5];
  private final String[] before = new String[5];
  private int size;

  /** A context that puts nothing: for work whose lines are not written anyway. */
  private static final LogContext OFF = new LogContext(false);

  private final boolean on;

  private LogContext(boolean on) {
    this.on = on;
  }

  /** Opens a context; each {@link #put} is undone on {@link #close()}. */
  public static LogContext open() {
    return new LogContext(true);
  }

  /**
   * Opens a context when {@code wanted}, else one that puts nothing: the command path sets the MDC while the library
   * writes its INFO lines, and spares the cost (a tenth of an in-memory command) when it writes none.
   */
  public static LogContext openIf(boolean wanted) {
    return wanted ? open() : OFF;
  }

  /** Sets {@code key} for this thread until the context closes; a null value removes it meanwhile. */
  public LogContext put(String key, Object value) {
    if (!on) {
      return this;
    }
    if (!remembers(key)) {
      if (size == keys.length) {
        throw new IllegalStateException("a log context holds at most " + keys.length + " keys");
      }
      keys[size] = key;
      before[size++] = MDC.get(key);
    }
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, LogText.escaped(String.valueOf(value)));
    }
    return this;
  }

  @Override
  public void close() {
    for (int i = 0; i < size; i++) {
      if (before[i] == null) {
        MDC.remove(keys[i]);
      } else {
        MDC.put(keys[i], before[i]);
      }
    }
  }

  private boolean remembers(String key) {
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return true;
      }
    }
    return false;
  }
}
