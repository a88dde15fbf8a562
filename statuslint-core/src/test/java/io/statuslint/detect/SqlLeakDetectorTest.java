package io.statuslint.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlLeakDetectorTest {

  private final SqlLeakDetector detector = new SqlLeakDetector();

  @Test
  void findsEveryDriverMessageOfTheFixture() {
    List<String> lines = Fixtures.read("db-errors.txt").lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertTrue(lines.size() >= 20);
    for (String line : lines) {
      assertTrue(detector.find("{\"error\":\"" + line.replace("\"", "\\\"") + "\"}").isPresent(), line);
    }
  }

  @ParameterizedTest
  @CsvSource({
      "python-sqlite-integrity.txt, SQLite error",
      "php-pdo-sqlite.json, SQLite error",
      "sqlite-cli.txt, SQLite error",
      "mssql-cli.txt, SQL Server error",
      "spring-boot-trace.json, JDBC/Hibernate error",
      "laravel-debug.json, MySQL error",
      "rails-dev-error.txt, PostgreSQL error",
      "django-programming-error.txt, PostgreSQL error",
  })
  void findsDatabaseErrorsInRealOutput(String fixture, String kind) {
    assertEquals(kind, detector.find(Fixtures.read(fixture)).orElseThrow().kind(), fixture);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ORA-00942: table or view does not exist | Oracle error",
      "ERROR: duplicate key value violates unique constraint \"users_email_key\" | PostgreSQL error",
      "Incorrect syntax near the keyword 'WHERE'. | SQL Server error",
      "UNIQUE constraint failed: users.email | SQLite error",
      "You have an error in your SQL syntax; check the manual | MySQL error",
      "SequelizeUniqueConstraintError: Validation error | Sequelize error",
      "PDOException: SQLSTATE[HY000] [2002] Connection refused | PDO error",
      "ERROR 1045 (28000): Access denied for user 'shop'@'10.0.0.5' (using password: YES) | MySQL error",
      "FATAL: password authentication failed for user \"shop\" | PostgreSQL error",
      "Login failed for user 'sa'. | SQL Server error",
  })
  void namesTheDatabase(String message, String kind) {
    assertEquals(kind, detector.find(message).orElseThrow().kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM orders WHERE id = 42",
      "select o1_0.id,o1_0.total from orders o1_0 where o1_0.id=?",
      "SELECT \"orders\".* FROM \"orders\" WHERE \"orders\".\"id\" = $1 LIMIT $2",
      "select id from users where email = 'x' limit 1",
      "INSERT INTO users (email) VALUES ('a@example.com')",
      "insert into `orders` (`total`) values (DEFAULT)",
      "UPDATE accounts SET balance = balance - 10 WHERE id = 7",
      "DELETE FROM carts WHERE expires_at < now()",
      "CREATE TABLE users (id INTEGER PRIMARY KEY)",
      "WITH r AS (SELECT id FROM orders WHERE total > 10) SELECT count(*) FROM r",
  })
  void findsSqlStatements(String sql) {
    Leak leak = detector.find("{\"debug\":\"" + sql.replace("\"", "\\\"") + "\"}").orElseThrow();
    assertEquals("SQL statement", leak.kind(), sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Select a plan from the list before checking out.",
      "Please update your settings and try again.",
      "To delete from your cart, select the item and press Remove.",
      "Please select at least one item from your basket",
      "Select plans from the catalogue where available",
      "How to select rows from a table in the reporting UI",
      "Insert into the form the values shown on your card",
      "Drop table reservations are not allowed on weekends",
      "nothing matched select=name,email from the orders export",
      "Update failed: the order was modified by someone else",
      "Table 42 not found",
      "Column 'price' is not sortable",
      "Database unavailable, please retry later",
      "No such customer: 'cus_123'",
      "Syntax error at position 12 in 'name eq'",
      "Duplicate request: idempotency key 'k-1' was already used",
      "Booking reference ORA-12345 was cancelled",
      "Order 42: constraint failed - quantity must be at least 1",
      "An account with this email already exists.",
      "must not contain SQL keywords",
      "Order 42 does not exist",
      "Login failed: wrong password",
      "Please select from the options below",
      "We could not update the record; please try again",
      "SELECT * is not allowed in saved views",
  })
  void leavesProseAlone(String message) {
    assertEquals(Optional.empty(), detector.find("{\"message\":\"" + message + "\"}"), message);
  }

  /** Signatures added after the held-out round (corpus-heldout), on fresh examples and look-alikes. */
  @Test
  void findsPhpMysqliWarningsAndGoDatabaseSqlErrors() {
    assertEquals("MySQL error", detector.find("Warning: mysqli_query(): (HY000/2006): MySQL server has gone away")
        .orElseThrow().kind());
    assertEquals("Go database/sql error", detector.find("{\"error\":\"sql: no rows in result set\"}")
        .orElseThrow().kind());
    assertEquals(Optional.empty(), detector.find("{\"message\":\"sql: field is required\"}"));
    assertEquals(Optional.empty(), detector.find("{\"message\":\"Use mysqli_connect in your plugin, not mysql\"}"));
  }
}
