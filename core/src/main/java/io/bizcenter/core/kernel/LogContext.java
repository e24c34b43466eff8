package io.bizcenter.core.kernel;

import java.util.HashMap;
import java.util.Map;
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

  private final Map<String, String> before = new HashMap<>();

  private LogContext() {}

  /** Opens a context; each {@link #put} is undone on {@link #close()}. */
  public static LogContext open() {
    return new LogContext();
  }

  /** Sets {@code key} for this thread until the context closes; a null value removes it meanwhile. */
  public LogContext put(String key, Object value) {
    if (!before.containsKey(key)) {
      before.put(key, MDC.get(key));
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
    before.forEach((key, value) -> {
      if (value == null) {
        MDC.remove(key);
      } else {
        MDC.put(key, value);
      }
    });
  }
}
