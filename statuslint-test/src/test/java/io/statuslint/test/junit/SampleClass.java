package io.statuslint.test.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a sample test class that only runs when a test launches it (with the configuration
 * parameter {@value #PARAMETER}), never when Surefire or an IDE finds it on its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SampleClass.OnlyWhenLaunched.class)
@interface SampleClass {

  String PARAMETER = "statuslint.samples";

  /** The condition behind {@link SampleClass}. */
  final class OnlyWhenLaunched implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(PARAMETER).isPresent()
          ? ConditionEvaluationResult.enabled("launched by a test")
          : ConditionEvaluationResult.disabled("a sample, run by the test that launches it");
    }
  }
}
