package io.statuslint.proxy;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints findings as they happen, one line per endpoint template and rule the first time, then a
 * short line when that pair's running count reaches 10, 100, 1000… — a busy endpoint does not flood
 * the console, and a recurring defect still shows that it recurs.
 *
 * <pre>
 *   #1  error    rate-limit-retry-after  GET /orders/{id} -> 429  a 429 without Retry-After …
 *   #1  x10      rate-limit-retry-after  GET /orders/{id}
 * </pre>
 */
public final class LiveConsole implements LiveBoard.Watcher {

  private final PrintStream out;
  private int distinct;
  private final java.util.Map<String, Integer> numbers = new java.util.HashMap<>();

  public LiveConsole(PrintStream out) {
    this.out = out;
  }

  @Override
  public void firstSeen(LiveBoard.Entry e) {
    int n = ++distinct;
    numbers.put(e.key(), n);
    out.println(String.format(Locale.ROOT, "  #%-3d %-8s %s  %s -> %d  %s", n, e.severity(), e.rule(), oneLine(e.endpoint()),
        e.status(), oneLine(e.message())));
    out.flush();
  }

  @Override
  public void seenAgain(LiveBoard.Entry e) {
    if (isPowerOfTen(e.count())) {
      Integer n = numbers.get(e.key());
      out.println(String.format(Locale.ROOT, "  #%-3s x%-7d %s  %s", n == null ? "?" : n.toString(), e.count(),
          e.rule(), oneLine(e.endpoint())));
      out.flush();
    }
  }

  static boolean isPowerOfTen(long n) {
    if (n < 10) {
      return false;
    }
    while (n % 10 == 0) {
      n /= 10;
    }
    return n == 1;
  }

  /** Control characters from recorded traffic never reach the terminal (no escape-sequence tricks). */
  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(Math.min(s.length(), 200));
    for (int i = 0; i < s.length() && sb.length() < 200; i++) {
      char c = s.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    return sb.toString();
  }
}
