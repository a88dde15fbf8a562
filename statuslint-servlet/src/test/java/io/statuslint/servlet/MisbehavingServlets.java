package io.statuslint.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Real servlets with the mistakes the filter exists for, and a few well-behaved ones. */
public final class MisbehavingServlets {

  private MisbehavingServlets() {}

  static final String SQL_ERROR = "{\"error\":\"org.postgresql.util.PSQLException: ERROR: syntax error at or near"
      + " \\\"FROM\\\"\",\"query\":\"SELECT * FROM orders WHERE customer_id = 42\"}";

  private static final String STACK_TRACE = printStackTrace();

  /** A stack trace of a real exception, as e.printStackTrace(writer) prints it (always the same one). */
  static String stackTrace() {
    return STACK_TRACE;
  }

  private static String printStackTrace() {
    StringWriter out = new StringWriter();
    new IllegalStateException("order 42 has no customer").printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  /** 200 with a small JSON body. */
  static final class CleanJson extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setContentType("application/json");
      resp.getWriter().write("{\"id\":42,\"item\":\"book\"}");
    }
  }

  /** Catches an exception and prints its stack trace into a 500 (through the writer). */
  static final class StackTraceServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(500);
      resp.setContentType("text/plain");
      resp.getWriter().print(stackTrace());
    }
  }

  /** Writes a database error through the output stream and flushes half-way, as JSON libraries do. */
  static final class SqlErrorServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(400);
      resp.setContentType("application/json");
      byte[] body = SQL_ERROR.getBytes(StandardCharsets.UTF_8);
      resp.setContentLength(body.length);
      ServletOutputStream out = resp.getOutputStream();
      out.write(body, 0, 20);
      out.flush();
      out.write(body, 20, body.length - 20);
      out.flush();
    }
  }

  /** Sets 500 and commits at once with flushBuffer(), then writes the stack trace. */
  static final class EarlyCommitServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(500);
      resp.setContentType("text/plain");
      resp.flushBuffer();
      resp.getWriter().print(stackTrace());
    }
  }

  /** A well-formed 404 Problem Details body: must go out untouched in guard mode. */
  static final class CleanProblem extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(404);
      resp.setContentType("application/problem+json");
      resp.getOutputStream().write("{\"title\":\"Not Found\",\"status\":404}".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Starts async, and writes the stack trace from another thread before complete(). */
  static final class AsyncLeakServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
      AsyncContext async = req.startAsync();
      async.start(() -> {
        try {
          Thread.sleep(30);
          HttpServletResponse r = (HttpServletResponse) async.getResponse();
          r.setStatus(503);
          r.setContentType("text/plain");
          r.getWriter().print(stackTrace());
        } catch (IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        } finally {
          async.complete();
        }
      });
    }
  }

  /** Async 200 whose body is written on another thread in pieces. */
  static final class AsyncCleanServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
      AsyncContext async = req.startAsync(req, resp);
      async.start(() -> {
        try {
          resp.setContentType("text/plain");
          for (int i = 0; i < 5; i++) {
            resp.getOutputStream().write(("part " + i + "\n").getBytes(StandardCharsets.UTF_8));
            resp.getOutputStream().flush();
          }
        } catch (IOException e) {
          throw new IllegalStateException(e);
        } finally {
          async.complete();
        }
      });
    }
  }

  /**
   * Streams {@code chunks} chunks of 8 KiB (more than the capture limit), flushing each; after the
   * first it waits for the test to have read it, which proves nothing is buffered by the filter.
   */
  static final class StreamingServlet extends HttpServlet {
    final CountDownLatch firstChunkRead = new CountDownLatch(1);
    private final int status;
    private final String firstLine;

    StreamingServlet(int status, String firstLine) {
      this.status = status;
      this.firstLine = firstLine;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(status);
      resp.setContentType("text/plain");
      ServletOutputStream out = resp.getOutputStream();
      out.write(firstLine.getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 16; i++) {
        out.write(chunk(i));
        out.flush();
        if (i == 2) {
          try {
            firstChunkRead.await(5, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }
    }

    static byte[] chunk(int i) {
      byte[] b = new byte[8192];
      java.util.Arrays.fill(b, (byte) ('a' + i % 26));
      b[b.length - 1] = '\n';
      return b;
    }
  }

  /** A non-blocking (WriteListener) error body that leaks: never held, so only logged. */
  static final class NonBlockingLeakServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(500);
      resp.setContentType("text/plain");
      AsyncContext async = req.startAsync();
      ServletOutputStream out = resp.getOutputStream();
      byte[] body = stackTrace().getBytes(StandardCharsets.UTF_8);
      out.setWriteListener(new WriteListener() {
        private boolean written;

        @Override
        public void onWritePossible() throws IOException {
          while (out.isReady()) {
            if (written) {
              async.complete();
              return;
            }
            out.write(body);
            written = true;
          }
        }

        @Override
        public void onError(Throwable t) {
          async.complete();
        }
      });
    }
  }

  /** 429 without Retry-After and without a body. */
  public static final class RateLimited extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
      resp.setStatus(429);
    }
  }

  /** 503 with a Problem Details body and no Retry-After. */
  static final class Unavailable extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(503);
      resp.setContentType("application/problem+json");
      resp.getWriter().write("{\"title\":\"Service Unavailable\",\"status\":503}");
    }
  }

  /** 201 without Location: a plain finding for check mode. */
  public static final class CreatedWithoutLocation extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(201);
      resp.setContentType("application/json");
      resp.getWriter().write("{\"id\":43}");
    }
  }

  /** Lets an exception whose message holds SQL escape to the container. */
  static final class Throwing extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
      throw new IllegalStateException("java.sql.SQLException: syntax error at or near \"FROM\" in SELECT * FROM users");
    }
  }

  /** Puts a database error in a sendError message, which the container's error page quotes. */
  static final class SendErrorWithSql extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.sendError(500, "java.sql.SQLException: syntax error at or near \"FROM\"");
    }
  }
}
