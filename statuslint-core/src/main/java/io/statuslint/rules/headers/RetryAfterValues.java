package io.statuslint.rules.headers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of a Retry-After value (RFC 9110 §10.2.3): {@code HTTP-date / delay-seconds}.
 *
 * <p>An HTTP-date (§5.6.7) is an IMF-fixdate, or one of the two obsolete forms recipients must still
 * accept: the RFC 850 date and ANSI C's asctime() date. The grammar is case-sensitive, so
 * {@code gmt}, {@code UTC}, {@code +0000} and ISO 8601 timestamps are not HTTP-dates. Beyond the
 * syntax the date must exist (no 30 February, no hour 24); a day name that does not match the date
 * is accepted, as RFC 9110 does not ask recipients to check it.
 */
final class RetryAfterValues {

  private static final String SHORT_DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
  private static final String LONG_DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
  private static final String TIME = "([0-9]{2}):([0-9]{2}):([0-9]{2})";
  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  /** Sun, 06 Nov 1994 08:49:37 GMT */
  private static final Pattern IMF_FIXDATE =
      Pattern.compile(SHORT_DAY + ", ([0-9]{2}) " + MONTH + " ([0-9]{4}) " + TIME + " GMT");
  /** Sunday, 06-Nov-94 08:49:37 GMT */
  private static final Pattern RFC850_DATE =
      Pattern.compile(LONG_DAY + ", ([0-9]{2})-" + MONTH + "-([0-9]{2}) " + TIME + " GMT");
  /** Sun Nov  6 08:49:37 1994 (the day is two digits, or a space and one digit) */
  private static final Pattern ASCTIME_DATE =
      Pattern.compile(SHORT_DAY + " " + MONTH + " ([0-9]{2}| [0-9]) " + TIME + " ([0-9]{4})");

  private RetryAfterValues() {}

  /** Whether {@code value} is delay-seconds or an HTTP-date; surrounding OWS is not part of it. */
  static boolean isValid(String value) {
    String v = trimOws(value);
    return isDelaySeconds(v) || isHttpDate(v);
  }

  /** delay-seconds = 1*DIGIT: a non-negative integer, with no sign, fraction or unit. */
  static boolean isDelaySeconds(String v) {
    if (v.isEmpty()) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean isHttpDate(String v) {
    Matcher m = IMF_FIXDATE.matcher(v);
    if (m.matches()) {
      return exists(number(m.group(3)), m.group(2), number(m.group(1)))
          && isTime(m.group(4), m.group(5), m.group(6));
    }
    m = RFC850_DATE.matcher(v);
    if (m.matches()) {
      // A two-digit year names a year in either century (§5.6.7 resolves it against the present);
      // accept the date if it exists in one of them (29 Feb 00 is valid in 2000).
      int yy = number(m.group(3));
      return (exists(1900 + yy, m.group(2), number(m.group(1)))
              || exists(2000 + yy, m.group(2), number(m.group(1))))
          && isTime(m.group(4), m.group(5), m.group(6));
    }
    m = ASCTIME_DATE.matcher(v);
    if (m.matches()) {
      return exists(number(m.group(6)), m.group(1), number(m.group(2)))
          && isTime(m.group(3), m.group(4), m.group(5));
    }
    return false;
  }

  private static boolean exists(int year, String month, int day) {
    try {
      LocalDate.of(year, MONTHS.indexOf(month) + 1, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** hour 00–23, minute 00–59, second 00–60 (a leap second, as RFC 5322 allows). */
  private static boolean isTime(String hour, String minute, String second) {
    return number(hour) <= 23 && number(minute) <= 59 && number(second) <= 60;
  }

  private static int number(String digits) {
    return Integer.parseInt(digits.strip());
  }

  private static String trimOws(String value) {
    int from = 0;
    int to = value.length();
    while (from < to && (value.charAt(from) == ' ' || value.charAt(from) == '\t')) {
      from++;
    }
    while (to > from && (value.charAt(to - 1) == ' ' || value.charAt(to - 1) == '\t')) {
      to--;
    }
    return value.substring(from, to);
  }
}
