package io.statuslint.detect;

/**
 * The trigger tokens of every token-driven detector in one table, so that one pass over a body
 * serves them all: {@link ScanText#triggers()} runs it once per body and each detector keeps the
 * bits of its own groups (stack traces 0..9, SQL 16..24).
 */
final class LeakTriggers {

  static final TriggerTokens ALL =
      SqlLeakDetector.addTriggers(StackTraceDetector.addTriggers(TriggerTokens.builder())).build();

  private LeakTriggers() {}
}
