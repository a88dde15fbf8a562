package io.statuslint.detect;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises SQL statements in text and tells them from English that uses the same verbs. A
 * statement needs SQL's grammar, with its keywords all in upper or all in lower case (prose starts a
 * sentence with "Select"):
 * <ul>
 *   <li>{@code SELECT <columns> FROM <table>}, where the columns are a list of expressions
 *       ({@code *}, {@code o.id}, {@code "users".*}, {@code count(*) AS n}), not words like "a plan";
 *       and either the columns or what follows the table ({@code WHERE}, {@code JOIN}, {@code LIMIT}…)
 *       show it is SQL;</li>
 *   <li>{@code INSERT INTO <table> [(…)] VALUES|SELECT};</li>
 *   <li>{@code UPDATE <table> SET <column> =};</li>
 *   <li>{@code DELETE FROM <table> WHERE|USING|RETURNING|;};</li>
 *   <li>{@code CREATE TABLE t (}, {@code ALTER TABLE t ADD|DROP|ALTER|RENAME|MODIFY},
 *       {@code DROP|TRUNCATE TABLE t} at the end of a statement.</li>
 * </ul>
 * The table may not be an English determiner ("from the list", "into your account").
 */
final class SqlStatements {

  private static final String IDENT = "[\\w$.\"`\\[\\]]+";
  private static final String ITEM = "(?:[\\w$.\"`\\[\\]*]+|\\w+\\([^()\\n]{0,80}\\))(?:\\s+AS\\s+[\\w\"`\\[\\]]+)?";

  private static final AnchoredPattern[] SELECT = bothCases(
      "\\bSELECT\\s+(?:DISTINCT\\s+|TOP\\s+\\d+\\s+)?(" + ITEM + "(?:\\s*,\\s*" + ITEM + ")*)\\s+FROM\\s+(" + IDENT
          + ")([^\\n]{0,120})", "SELECT");
  private static final AnchoredPattern[] INSERT = bothCases(
      "\\bINSERT\\s+INTO\\s+(" + IDENT + ")\\s*(?:\\([^()\\n]{0,400}\\)\\s*)?(?:VALUES\\s*\\(|SELECT\\s|DEFAULT\\s+VALUES)",
      "INSERT");
  private static final AnchoredPattern[] UPDATE = bothCases(
      "\\bUPDATE\\s+(" + IDENT + ")\\s+SET\\s+[\\w$.\"`\\[\\]]+\\s*=", "UPDATE");
  private static final AnchoredPattern[] DELETE = bothCases(
      "\\bDELETE\\s+FROM\\s+(" + IDENT + ")(?:\\s+(?:AS\\s+)?\\w+)?(?:\\s+(?:WHERE|USING|RETURNING)\\b|\\s*;)", "DELETE");
  private static final AnchoredPattern[] DDL = bothCases(
      "\\b(?:CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(" + IDENT + ")\\s*\\("
          + "|ALTER\\s+TABLE\\s+(" + IDENT + ")\\s+(?:ADD|DROP|ALTER|RENAME|MODIFY)\\b"
          + "|(?:DROP|TRUNCATE)\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(" + IDENT + ")\\s*(?:;|CASCADE\\b|$))", "TABLE", 30);

  /** Words after which SQL text is explained, not executed ("WHERE" after a table is SQL). */
  private static final Pattern[] CLAUSE = bothCasesPlain(
      "^(?:\\s+(?:AS\\s+)?\\w+)?\\s*(?:\\bWHERE\\b|\\bJOIN\\b|\\bINNER\\b|\\bLEFT\\b|\\bORDER\\s+BY\\b|\\bGROUP\\s+BY\\b"
          + "|\\bLIMIT\\s+\\d|\\bOFFSET\\b|\\bUNION\\b|\\bHAVING\\b|\\bFOR\\s+UPDATE\\b|;)");

  private static final Set<String> NOT_TABLES = Set.of("the", "a", "an", "your", "our", "my", "their", "his",
      "her", "its", "this", "that", "these", "those", "list", "menu", "above", "below", "following", "here",
      "there", "any", "all", "each", "every", "one", "which", "what", "it", "them", "us", "me", "you", "some");

  private SqlStatements() {}

  /** The first statement in {@code text}, as found (at most one line, 240 characters), if any. */
  static Optional<String> find(String text) {
    int best = Integer.MAX_VALUE;
    String found = null;
    for (int c = 0; c < 2; c++) {
      Pattern clause = CLAUSE[c];
      Matcher m = SELECT[c].find(text, s -> isTable(s.group(2))
          && (columnsLookLikeSql(s.group(1)) || clause.matcher(s.group(3)).find()));
      if (m != null && m.start() < best) {
        best = m.start();
        found = statementAt(text, m.start());
      }
      for (AnchoredPattern[] kind : List.of(INSERT, UPDATE, DELETE, DDL)) {
        Matcher k = kind[c].find(text, s -> isTable(firstNonNull(s)));
        if (k != null && k.start() < best) {
          best = k.start();
          found = statementAt(text, k.start());
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** Real column lists show punctuation; a lone word ("select plans from") needs a clause after it. */
  private static boolean columnsLookLikeSql(String columns) {
    for (int i = 0; i < columns.length(); i++) {
      char ch = columns.charAt(i);
      if (ch == '*' || ch == ',' || ch == '"' || ch == '`' || ch == '[' || ch == '(') {
        return true;
      }
      if (ch == '.' && i > 0 && i + 1 < columns.length()
          && Character.isLetterOrDigit(columns.charAt(i - 1)) && Character.isLetterOrDigit(columns.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTable(String name) {
    if (name == null) {
      return false;
    }
    String bare = name.replaceAll("[\"`\\[\\]]", "");
    return !bare.isEmpty() && !NOT_TABLES.contains(bare.toLowerCase(Locale.ROOT));
  }

  private static String firstNonNull(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return null;
  }

  private static String statementAt(String text, int start) {
    int end = text.indexOf('\n', start);
    end = end < 0 ? text.length() : end;
    return text.substring(start, Math.min(end, start + 240)).trim();
  }

  /** The pattern with its keywords in upper case [0] and in lower case [1], tried where its keyword is. */
  private static AnchoredPattern[] bothCases(String upperRegex, String keyword) {
    return bothCases(upperRegex, keyword, 0);
  }

  /** {@code before}: how far before its keyword a statement may start ("CREATE " before "TABLE"). */
  private static AnchoredPattern[] bothCases(String upperRegex, String keyword, int before) {
    return new AnchoredPattern[] {new AnchoredPattern(upperRegex, before, 600, keyword),
        new AnchoredPattern(lowerKeywords(upperRegex), before, 600, keyword.toLowerCase(Locale.ROOT))};
  }

  private static Pattern[] bothCasesPlain(String upperRegex) {
    return new Pattern[] {Pattern.compile(upperRegex), Pattern.compile(lowerKeywords(upperRegex))};
  }

  /** Lower-cases the upper-case words of a regex (its SQL keywords); "\\bSELECT" becomes "\\bselect". */
  private static String lowerKeywords(String regex) {
    Matcher m = Pattern.compile("(?<![A-Z\\\\])[A-Z]{2,}\\b").matcher(regex);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, m.group().toLowerCase(Locale.ROOT));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
