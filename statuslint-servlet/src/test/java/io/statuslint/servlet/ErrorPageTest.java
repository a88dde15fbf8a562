package io.statuslint.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * An application that keeps its own error pages ({@code answerUncaughtExceptions(false)}) and whose
 * error page prints the exception: guarded when the filter also sees ERROR dispatches.
 */
class ErrorPageTest {

  /** Lets an exception escape: the container dispatches to the error page with it. */
  static final class Failing extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
      throw new IllegalStateException("order 42 has no customer");
    }
  }

  /** The careless error page: prints the stack trace. */
  static final class CarelessErrorPage extends HttpServlet {
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      Throwable t = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      resp.setContentType("text/plain");
      if (t != null) {
        t.printStackTrace(new PrintWriter(resp.getWriter()));
      } else {
        resp.getWriter().print("error");
      }
    }
  }

  @Test
  void anErrorPageThatPrintsTheStackTraceIsReplaced() throws Exception {
    StatusGuideFilter filter = StatusGuideFilter.create(s -> s.mode(FilterMode.GUARD).answerUncaughtExceptions(false));
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
    context.addServlet(new ServletHolder(new Failing()), "/orders/42");
    context.addServlet(new ServletHolder(new CarelessErrorPage()), "/error");
    ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
    errors.addErrorPage(500, "/error");
    context.setErrorHandler(errors);
    server.setHandler(context);
    server.start();
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/orders/42")).build(), BodyHandlers.ofString());

      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).contains("\"incident\"").doesNotContain("IllegalStateException", "\tat ");
      assertThat(filter.metrics().bodiesReplaced()).isEqualTo(1);
    } finally {
      server.stop();
    }
  }
}
