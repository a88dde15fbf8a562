package io.statuslint.servlet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J binding for the tests that keeps what the filter logs, so tests can read the server-side
 * record (the original leaking body, the incident id). Other loggers (Jetty) print WARN and above.
 */
public final class CapturedLogs implements SLF4JServiceProvider {

  /** One log event, message already formatted. */
  public record Event(String logger, Level level, String message, Throwable error) {}

  private static final ConcurrentLinkedQueue<Event> EVENTS = new ConcurrentLinkedQueue<>();

  public static List<Event> events(Predicate<Event> filter) {
    List<Event> out = new ArrayList<>();
    for (Event e : EVENTS) {
      if (filter.test(e)) {
        out.add(e);
      }
    }
    return out;
  }

  public static List<Event> statuslint() {
    return events(e -> e.logger().startsWith("io.statuslint"));
  }

  public static void clear() {
    EVENTS.clear();
  }

  private final ILoggerFactory factory = CapturingLogger::new;
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class CapturingLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;
    private final boolean ours;

    CapturingLogger(String name) {
      this.name = name;
      this.ours = name.startsWith("io.statuslint");
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
        Throwable error) {
      String message = MessageFormatter.basicArrayFormat(pattern, args);
      if (ours) {
        if (EVENTS.size() < 10_000) {
          EVENTS.add(new Event(name, level, message, error));
        }
      } else {
        System.err.println(level + " " + name + ": " + message);
        if (error != null) {
          error.printStackTrace();
        }
      }
    }

    private boolean enabled(Level level) {
      return ours || level.toInt() >= Level.WARN.toInt();
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return false;
    }

    @Override
    public boolean isDebugEnabled() {
      return enabled(Level.DEBUG);
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
      return enabled(Level.INFO);
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return true;
    }
  }

  static Logger logger(String name) {
    return new CapturingLogger(name);
  }
}
