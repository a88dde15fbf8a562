package io.statuslint.test.junit;

import io.statuslint.rule.Severity;
import io.statuslint.test.ExchangeLog;
import io.statuslint.test.GuideHooks;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link CheckStatusGuide}. It opens an {@link ExchangeLog} per test class,
 * makes it the active log on the threads that run the class's tests and {@code @BeforeAll} /
 * {@code @AfterAll} methods, and fails the class after {@code @AfterAll} if any exchange broke the
 * guide. Test methods may declare an {@code ExchangeLog} parameter to record exchanges by hand.
 */
public final class StatusGuideExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(StatusGuideExtension.class);
  private static final String LOG = "log";
  private static final String PREVIOUS = "previous";

  @Override
  public void beforeAll(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    CheckStatusGuide settings = settings(testClass);
    ExchangeLog log = settings == null
        ? new ExchangeLog(testClass.getName(), Set.of(), Severity.INFO)
        : new ExchangeLog(testClass.getName(), Set.of(settings.ignore()), settings.failOn());
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    store.put(LOG, log);
    store.put(PREVIOUS, new Holder(GuideHooks.activate(log)));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    // The store looks up through the parents: the nearest class's log wins (@Nested included).
    ExchangeLog log = context.getStore(NAMESPACE).get(LOG, ExchangeLog.class);
    context.getStore(NAMESPACE).put(PREVIOUS, new Holder(GuideHooks.activate(log)));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Holder previous = context.getStore(NAMESPACE).get(PREVIOUS, Holder.class);
    GuideHooks.activate(previous == null ? null : previous.log());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    Holder previous = store.get(PREVIOUS, Holder.class);
    GuideHooks.activate(previous == null ? null : previous.log());
    ExchangeLog log = store.get(LOG, ExchangeLog.class);
    if (log != null) {
      log.verify();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ExchangeLog.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getStore(NAMESPACE).get(LOG, ExchangeLog.class);
  }

  private static CheckStatusGuide settings(Class<?> testClass) {
    // A @Nested class inherits the settings of the class that encloses it.
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      CheckStatusGuide found = c.getAnnotation(CheckStatusGuide.class);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Wraps a possibly-null log, since the store does not keep null values apart from absent ones. */
  private record Holder(ExchangeLog log) {}
}
