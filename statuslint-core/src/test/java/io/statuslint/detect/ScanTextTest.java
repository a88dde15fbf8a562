package io.statuslint.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScanTextTest {

  @Test
  void decodesJsonStringEscapes() {
    String plain = ScanText.of("{\"stack\":\"Error: x\\n    at f (\\/srv\\/a.js:1:2)\\u0021 \\\"q\\\" C:\\\\app\"}").plain();
    assertEquals("{\"stack\":\"Error: x\n    at f (/srv/a.js:1:2)! \"q\" C:\\app\"}", plain);
  }

  @Test
  void keepsBackslashesOfPlainText() {
    String text = "at Shop.Api.Get() in C:\\new\\tools\\Api.cs:line 3";
    assertEquals(text, ScanText.of(text).plain());
  }

  @Test
  void aLogLineInBracketsIsNotJson() {
    assertFalse(ScanText.looksLikeJson("[2024-05-02 10:00:01] production.ERROR: C:\\new"));
    assertTrue(ScanText.looksLikeJson("  [{\"a\":1}]"));
    assertTrue(ScanText.looksLikeJson("\"a serialised string example\""));
  }

  @Test
  void turnsHtmlIntoText() {
    String plain = ScanText.of("<b>Fatal error</b>:  Uncaught Error in <b>/var/www/x.php</b><br />"
        + "&nbsp;&nbsp;at f (&#47;srv&#x2F;a.js:1:2) &lt;init&gt; &quot;q&quot; &#39;s&#39;").plain();
    assertEquals("Fatal error:  Uncaught Error in /var/www/x.php\n  at f (/srv/a.js:1:2) <init> \"q\" 's'", plain);
  }

  @Test
  void leavesFrameNamesThatLookLikeTagsAlone() {
    String text = "at Object.<anonymous> (/app/x.js:1:1)\n  File \"<stdin>\", line 1, in <module>";
    assertEquals(text, ScanText.of(text).plain());
  }

  @Test
  void boundsLargeBodies() {
    String big = "x".repeat(ScanText.MAX_CHARS + 10);
    assertEquals(ScanText.MAX_CHARS, ScanText.of(big).raw().length());
  }
}
