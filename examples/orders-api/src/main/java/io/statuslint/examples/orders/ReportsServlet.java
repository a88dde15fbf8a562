package io.statuslint.examples.orders;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code /reports/{name}}: a report that is slow to build, so its clients are rate limited, and one
 * of them hits a bug. It shows what the guard does for an application that forgets: a 429 without
 * Retry-After gets the default, and the stack trace a careless handler prints never reaches the
 * client.
 */
final class ReportsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
    switch (name) {
      case "daily" -> Json.send(resp, 200, "{\"report\":\"daily\",\"orders\":3}");
      case "yearly" -> {
        // The forgotten Retry-After: the guard adds its configured default.
        resp.setStatus(429);
        resp.setContentType("application/problem+json");
        resp.getWriter().write("{\"title\":\"Too Many Requests\",\"status\":429}");
      }
      case "broken" -> {
        try {
          throw new IllegalStateException("report template /opt/reports/templates/broken.ftl is missing");
        } catch (IllegalStateException e) {
          // The careless handler: the guard replaces this body with a safe Problem Details body.
          resp.setStatus(500);
          resp.setContentType("text/plain");
          e.printStackTrace(new PrintWriter(resp.getWriter()));
        }
      }
      default -> Json.problem(resp, 404, "Not Found", "There is no report '" + name + "'.");
    }
  }
}
