package io.statuslint.detect;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds database errors and SQL text: MySQL/MariaDB, PostgreSQL, Oracle, SQL Server and SQLite
 * messages, JDBC/Hibernate/Spring data-access errors, ORM and driver errors (SQLAlchemy, Django,
 * ActiveRecord, Sequelize, Prisma, TypeORM, psycopg, PDO…), and SQL statements.
 *
 * <p>Driver messages are matched by their fixed wording ({@code violates unique constraint "…"},
 * {@code ORA-00942:}, {@code Incorrect syntax near}), never by a lone word such as "duplicate" or
 * "database". A statement counts only with SQL's grammar: {@code SELECT a, b FROM t WHERE …},
 * {@code INSERT INTO t (…) VALUES (…)}, {@code UPDATE t SET c = …}, {@code DELETE FROM t WHERE …}, with
 * keywords in one case; "Select a plan from the list" or "update your settings" is English.
 * See {@link SqlStatements}.
 *
 * <p>Stateless and thread-safe.
 */
public final class SqlLeakDetector {

  private static final int STATEMENT = 16;
  private static final int MYSQL = 17;
  private static final int POSTGRES = 18;
  private static final int ORACLE = 19;
  private static final int MSSQL = 20;
  private static final int SQLITE = 21;
  private static final int JDBC = 22;
  private static final int ORM = 23;
  private static final int SQLSTATE = 24;
  private static final int GO_SQL = 25;

  /** Words of each vendor and of SQL itself, in any case (groups 16..24 of {@link LeakTriggers}). */
  static TriggerTokens.Builder addTriggers(TriggerTokens.Builder b) {
    return b
      .addIgnoringCase(STATEMENT, "select", "insert", "update", "delete", "create table", "alter table",
          "drop table", "truncate table")
      .addIgnoringCase(MYSQL, "sql syntax", "mysql", "mariadb", "duplicate entry", "ER_DUP", "ER_NO_", "ER_PARSE",
          "ER_BAD_", "ER_LOCK", "ER_ACCESS", "ER_TABLE", "ER_WRONG", "ER_DATA", "ER_TRUNC", "ER_ROW", "ER_SYNTAX",
          "ER_CON_", "unknown column", "doesn't exist", "foreign key constraint fails", "lock wait timeout",
          "deadlock found", "data too long", "for column", "error 1", "communications link")
      .addIgnoringCase(POSTGRES, "violates ", "authentication failed", "tcp/ip connections", "does not exist",
          "syntax error at", "invalid input syntax", "null value in", "key (", "current transaction is aborted",
          "could not serialize", "value too long", "permission denied for", "psqlexception", "postgres",
          "PG::Undefined", "PG::Unique", "PG::ForeignKey", "PG::NotNull", "PG::Syntax", "PG::Connection",
          "PG::Invalid", "PG::Check", "psycopg", "asyncpg", "npgsql", "\"routine\"")
      .addIgnoringCase(ORACLE, "ora-0", "ora-1", "ora-2", "ora-3", "ora-4", "ora-5", "ora-6", "ora-7", "ora-8",
          "ora-9", "pls-0", "sp2-0")
      .addIgnoringCase(MSSQL, "incorrect syntax near", "unclosed quotation mark", "invalid object name",
          "invalid column name", "violation of ", "cannot insert", "statement conflicted", "permission was denied",
          "conversion failed", "[microsoft]", "ole db", "odbc ", "odbc]", "sqlclient", "sqlserver", ", level ",
          "login failed for user")
      .addIgnoringCase(SQLITE, "sqlite", "constraint failed", "no such table", "no such column", "\": syntax error")
      .addIgnoringCase(JDBC, "hibernate", "java.sql", "persistence.", "sqlgrammar", "could not execute",
          "could not extract", "could not prepare", "badsqlgrammar", "dataintegrityviolation", "springframework.jdbc",
          "springframework.dao", "springframework.orm", "jdbc:", "jdbc ", "hikaripool", "sql [", "sqlexception",
          "org.jooq")
      .addIgnoringCase(ORM, "sqlalchemy", "sqlalche.me", "[sql:", "django.db", "activerecord", "sequelize", "prisma",
          "queryfailederror", "pdoexception", "illuminate", "doctrine", "mysql2")
      .addIgnoringCase(SQLSTATE, "sqlstate")
      .add(GO_SQL, "sql: ");
  }

  private static final long ALL_GROUPS = ((1L << (GO_SQL + 1)) - 1) & ~((1L << STATEMENT) - 1);

  private static final String ORA = "Oracle error";
  private static final String MS = "SQL Server error";
  private static final String MY = "MySQL error";
  private static final String PG = "PostgreSQL error";
  private static final String LITE = "SQLite error";
  private static final String JAVA = "JDBC/Hibernate error";

  /**
   * Each message by its fixed wording: an anchor literal every match contains, and the exact
   * pattern checked around it (a literal alone when the anchor says it all).
   */
  private static final List<Signature> SIGNATURES = List.of(
      sig(ORACLE, ORA, "\\b(?:ORA|PLS|TNS)-\\d{5}:|\\bSP2-\\d{4}:", "ORA-", "PLS-", "TNS-", "SP2-"),
      lit(MSSQL, MS, "Incorrect syntax near ", "Unclosed quotation mark after the character string",
          "Invalid object name '", "Invalid column name '", "Violation of PRIMARY KEY constraint '",
          "Violation of UNIQUE KEY constraint '", "Cannot insert the value NULL into column",
          "Cannot insert duplicate key", "permission was denied on the object", "Conversion failed when converting the",
          "[Microsoft][ODBC", "[Microsoft][SQL Server", "Microsoft OLE DB Provider for", "Data.SqlClient.",
          "SQLServerException", "Login failed for user '"),
      sig(MSSQL, MS, "The (?:INSERT|UPDATE|DELETE|MERGE) statement conflicted with the \\w+(?: KEY)? constraint",
          "statement conflicted with"),
      sig(MSSQL, MS, "\\bMsg \\d+, Level \\d+, State \\d+", "Msg "),
      lit(MYSQL, MY, "You have an error in your SQL syntax", "the manual that corresponds to your MySQL",
          "the manual that corresponds to your MariaDB", "a foreign key constraint fails",
          "Lock wait timeout exceeded; try restarting", "Deadlock found when trying to get lock",
          "Data too long for column '", "Communications link failure", "Mysql2::Error", "mysqli_sql_exception",
          "com.mysql.", "MySQLSyntaxErrorException", "MySqlException"),
      sig(MYSQL, MY, "Duplicate entry '[^'\\n]*' for key", "Duplicate entry '"),
      // PHP's mysqli warnings: "mysqli_connect(): (HY000/2002): Connection refused".
      sig(MYSQL, MY, "\\bmysqli_[a-z_]+\\(\\): ", "mysqli_"),
      sig(MYSQL, MY, "\\bER_[A-Z][A-Z_]{3,}\\b", "ER_"),
      sig(MYSQL, MY, "Unknown column '[^'\\n]+' in '", "Unknown column '"),
      sig(MYSQL, MY, "Table '[^'\\n]+' doesn't exist", "' doesn't exist"),
      sig(MYSQL, MY, "Incorrect \\w+ value: '[^'\\n]*' for column", "' for column"),
      sig(MYSQL, MY, "\\b(?:Error|ERROR) \\d{4} \\([0-9A-Z]{5}\\)", "Error ", "ERROR "),
      sig(POSTGRES, PG, "violates (?:unique|foreign key|not-null|check|exclusion) constraint \"", "violates "),
      sig(POSTGRES, PG, "\\b(?:relation|column|table|schema|function|type|database|role|sequence) \"[^\"\\n]+\""
          + "(?: of relation \"[^\"\\n]+\")? does not exist|\\bcolumn \\w+\\.\\w+ does not exist", "\" does not exist",
          " does not exist"),
      sig(POSTGRES, PG, "syntax error at (?:or near \"|end of input)", "syntax error at "),
      sig(POSTGRES, PG, "invalid input syntax for(?: type)? \\w+", "invalid input syntax for"),
      sig(POSTGRES, PG, "\\bKey \\([^)\\n]+\\)=\\([^)\\n]*\\) (?:already exists|is not present)", "Key ("),
      sig(POSTGRES, PG, "permission denied for (?:table|relation|schema|sequence) ", "permission denied for "),
      sig(POSTGRES, PG, "\\bPG::[A-Z]\\w+", "PG::"),
      sig(POSTGRES, PG, "(?:^|[\\s\"'(])pq: ", "pq: "),
      sig(POSTGRES, PG, "\\bpsycopg2?\\.(?:errors\\.)?[A-Z]\\w+", "psycopg"),
      lit(POSTGRES, PG, "null value in column \"", "current transaction is aborted, commands ignored",
          "could not serialize access due to", "value too long for type character varying", "operator does not exist: ",
          "PSQLException", "org.postgresql.", "asyncpg.exceptions.", "Npgsql.", "PostgresException",
          "password authentication failed for user \"", "accepting TCP/IP connections on port"),
      // node-postgres errors serialised as JSON: severity and routine are the server's own fields.
      sig(POSTGRES, PG, "\"severity\"\\s*:\\s*\"(?:ERROR|FATAL|PANIC)\"[^{}]{0,600}\"routine\"\\s*:\\s*\"\\w+\""
          + "|\"routine\"\\s*:\\s*\"\\w+\"[^{}]{0,600}\"severity\"\\s*:\\s*\"(?:ERROR|FATAL|PANIC)\"", "\"routine\""),
      sig(SQLITE, LITE, "\\bSQLITE_[A-Z]+\\b", "SQLITE_"),
      sig(SQLITE, LITE, "\\b(?:UNIQUE|NOT NULL|CHECK|FOREIGN KEY|PRIMARY KEY) constraint failed", " constraint failed"),
      sig(SQLITE, LITE, "\\bno such (?:table|column): [\\w.]+", "no such table: ", "no such column: "),
      sig(SQLITE, LITE, "\\bnear \"[^\"\\n]+\": syntax error", "\": syntax error"),
      sig(SQLITE, LITE, "\\bsqlite3\\.\\w+Error", "sqlite3."),
      lit(SQLITE, LITE, "SQLite3::", "SQLiteException"),
      lit(JDBC, JAVA, "org.hibernate.", "SQLGrammarException", "BadSqlGrammarException",
          "DataIntegrityViolationException", "; SQL [", "JDBCException", "org.jooq.", "could not execute statement",
          "could not extract ResultSet", "could not prepare statement", "could not execute query"),
      sig(JDBC, JAVA, "\\bjava\\.sql\\.\\w+", "java.sql."),
      sig(JDBC, JAVA, "\\b(?:javax|jakarta)\\.persistence\\.", ".persistence."),
      sig(JDBC, JAVA, "\\borg\\.springframework\\.(?:jdbc|dao|orm)\\.", "org.springframework."),
      sig(JDBC, JAVA, "\\bjdbc:[a-z0-9]+:", "jdbc:"),
      sig(JDBC, JAVA, "HikariPool-\\d+ - ", "HikariPool-"),
      sig(JDBC, JAVA, "\\bSQL\\w*Exception\\b", "Exception"),
      sig(ORM, "SQLAlchemy error", "\\bsqlalchemy\\.(?:exc|orm)\\.|sqlalche\\.me/e/|\\[SQL: ", "sqlalchemy.",
          "sqlalche.me/e/", "[SQL: "),
      sig(ORM, "Django database error", "\\bdjango\\.db\\.\\w+", "django.db."),
      sig(ORM, "ActiveRecord error", "\\bActiveRecord::[A-Z]\\w+", "ActiveRecord::"),
      sig(ORM, "Sequelize error", "\\bSequelize[A-Z]\\w*Error\\b", "Sequelize"),
      sig(ORM, "Prisma error", "\\bPrismaClient\\w*Error\\b|Invalid `prisma\\.\\w+\\.\\w+\\(\\)` invocation",
          "PrismaClient", "`prisma."),
      lit(ORM, "TypeORM error", "QueryFailedError"),
      lit(ORM, "PDO error", "PDOException", "Illuminate\\Database\\", "Doctrine\\DBAL\\"),
      sig(SQLSTATE, "database error", "\\bSQLSTATE\\W{0,3}[0-9A-Z]{5}\\b", "SQLSTATE"),
      // Go's database/sql package prefixes its own errors with "sql: " (held-out: a Scan error on a 500).
      sig(GO_SQL, "Go database/sql error", "\\bsql: (?:Scan error on column|no rows in result set|converting argument"
          + "|expected \\d+ arguments, got|database is closed|connection is already closed"
          + "|transaction has already been committed or rolled back)", "sql: "));

  /** Finds the first database error or SQL statement in {@code text} (its first 64 Ki characters). */
  public Optional<Leak> find(String text) {
    return find(ScanText.of(text));
  }

  public Optional<Leak> find(ScanText text) {
    long groups = text.triggers() & ALL_GROUPS;
    if (groups == 0) {
      return Optional.empty();
    }
    String plain = text.plain();
    for (Signature s : SIGNATURES) {
      if ((groups & (1L << s.group)) != 0) {
        Matcher m = s.pattern.find(plain);
        if (m != null) {
          return Optional.of(new Leak(s.kind, lineAround(plain, m.start(), m.end())));
        }
      }
    }
    if ((groups & (1L << STATEMENT)) != 0) {
      return SqlStatements.find(plain).map(sql -> new Leak("SQL statement", sql));
    }
    return Optional.empty();
  }

  /**
   * The matched text widened to the phrase around it, which names the table or constraint: back to
   * the start of its line or string (at most 80 characters), forward to the end of the line.
   */
  private static String lineAround(String text, int start, int end) {
    int from = start;
    while (from > 0 && start - from < 80 && text.charAt(from - 1) != '\n' && text.charAt(from - 1) != '"') {
      from--;
    }
    int to = text.indexOf('\n', end);
    to = to < 0 ? text.length() : to;
    to = Math.min(to, Math.max(end, from + 240));
    return trimJsonPunctuation(text.substring(from, to).trim());
  }

  /** Drops the JSON around a quoted message: {@code , "pq: …"}} becomes {@code pq: …}. */
  private static String trimJsonPunctuation(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && ",:\" ".indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && "}],".indexOf(s.charAt(b - 1)) >= 0) {
      b--;
    }
    String t = s.substring(a, b);
    if (t.endsWith("\"") && t.chars().filter(c -> c == '"').count() % 2 == 1) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  private static Signature sig(int group, String kind, String regex, String... anchors) {
    return new Signature(group, kind, new AnchoredPattern(regex, 200, 200, anchors));
  }

  /** Messages recognised by a literal alone. */
  private static Signature lit(int group, String kind, String... literals) {
    StringBuilder alternatives = new StringBuilder();
    for (String l : literals) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(l));
    }
    return new Signature(group, kind, new AnchoredPattern(alternatives.toString(), 0, 0, literals));
  }

  private record Signature(int group, String kind, AnchoredPattern pattern) {}
}
