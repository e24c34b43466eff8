package io.bizcenter.testkit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * The library's log during one test, at DEBUG, every line kept with the MDC it was written under (logback reads the MDC
 * lazily, and the library puts it back before a test could look). Register it with {@code @RegisterExtension}.
 */
public final class LibraryLog implements BeforeEachCallback, AfterEachCallback {
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Logger library = (Logger) LoggerFactory.getLogger("io.bizcenter");
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>() {
    @Override
    protected void append(ILoggingEvent event) {
      event.prepareForDeferredProcessing();
      super.append(event);
    }
  };
  private Level levelBefore;

  @Override
  public void beforeEach(ExtensionContext context) {
    levelBefore = library.getLevel();
    library.setLevel(Level.DEBUG);
    captured.start();
    root.addAppender(captured);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    root.detachAppender(captured);
    captured.stop();
    library.setLevel(levelBefore);
  }

  /** Every line written since the test began, in order. */
  public List<ILoggingEvent> lines() {
    return captured.list;
  }
}
