package io.statuslint.test.junit;

import io.statuslint.rule.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Opts a test class in: every exchange its tests make through the statuslint hooks (REST Assured
 * filter, MockMvc handler, {@code RecordingHttpClient}, or an injected {@code ExchangeLog}) is
 * collected, and the class fails once, after its last test, with one report of every exchange that
 * breaks the status guide. Individual tests are not failed by the hooks while the class runs.
 *
 * <pre>
 * &#64;CheckStatusGuide(ignore = "status-payment-required")
 * class OrdersApiTest { … }
 * </pre>
 *
 * {@code @Nested} classes get a report of their own.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(StatusGuideExtension.class)
public @interface CheckStatusGuide {

  /** Rule ids never to fail the class on. */
  String[] ignore() default {};

  /** The least severity that fails the class (by default every finding does). */
  Severity failOn() default Severity.INFO;
}
