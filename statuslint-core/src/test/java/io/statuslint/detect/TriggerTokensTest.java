package io.statuslint.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TriggerTokensTest {

  private final TriggerTokens tokens = TriggerTokens.builder()
      .add(0, "Traceback", "goroutine ")
      .add(1, ".java:")
      .addIgnoringCase(2, "select", "sqlstate")
      .build();

  @Test
  void findsATokenAtEveryOffsetDespiteTheStride() {
    for (int pad = 0; pad < 12; pad++) {
      String text = "x".repeat(pad) + "at Foo.bar(Foo.java:12)" + "y".repeat(pad % 5);
      assertEquals(1L << 1, tokens.groupsIn(text), "offset " + pad);
    }
  }

  @Test
  void findsATokenAtTheVeryStartAndEnd() {
    assertEquals(1L, tokens.groupsIn("Traceback"));
    assertEquals(1L, tokens.groupsIn("the end: goroutine "));
  }

  @Test
  void reportsEveryGroupPresent() {
    assertEquals(0b111L, tokens.groupsIn("Traceback ... Foo.java:3 ... SELECT 1"));
  }

  @Test
  void caseBlindTokensMatchAnyCaseButExactOnesDoNot() {
    assertEquals(1L << 2, tokens.groupsIn("SqlState 23505"));
    assertEquals(1L << 2, tokens.groupsIn("Select * from t"));
    assertEquals(0L, tokens.groupsIn("TRACEBACK and GOROUTINE in capitals"));
  }

  @Test
  void cleanTextAndShortTextFindNothing() {
    assertEquals(0L, tokens.groupsIn("{\"title\":\"Not Found\",\"status\":404,\"detail\":\"no order 42\"}"));
    assertEquals(0L, tokens.groupsIn(""));
    assertEquals(0L, tokens.groupsIn("ab"));
    assertFalse(tokens.foundIn("élève naïve – “quotes” ✓"));
  }

  @Test
  void nonLatinTextAroundATokenDoesNotHideIt() {
    assertTrue(tokens.foundIn("ошибка ✗ Traceback 错误"));
  }

  @Test
  void rejectsTokensTheScanCannotFind() {
    assertThrows(IllegalArgumentException.class, () -> TriggerTokens.builder().add(0, "at"));
    assertThrows(IllegalArgumentException.class, () -> TriggerTokens.builder().add(0, "café"));
    assertThrows(IllegalArgumentException.class, () -> TriggerTokens.builder().add(64, "abc"));
  }
}
