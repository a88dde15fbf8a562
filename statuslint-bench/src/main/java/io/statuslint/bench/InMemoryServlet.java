package io.statuslint.bench;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Minimal in-memory servlet request and response for timing a filter on its own: plain fields and
 * maps, bulk writes into a byte array. Methods the filter and the benchmark servlets do not call
 * throw, so a benchmark cannot silently measure something else.
 */
final class InMemoryServlet {

  private InMemoryServlet() {}

  private static <T> T unsupported(Class<T> type) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
      throw new UnsupportedOperationException(type.getSimpleName() + "." + m.getName());
    }));
  }

  /** A GET with a few headers. */
  static final class Request extends HttpServletRequestWrapper {
    private final String uri;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Object> attributes = new HashMap<>();

    Request(String uri, String... namesAndValues) {
      super(unsupported(HttpServletRequest.class));
      this.uri = uri;
      for (int i = 0; i < namesAndValues.length; i += 2) {
        headers.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>(1)).add(namesAndValues[i + 1]);
      }
    }

    @Override public String getMethod() { return "GET"; }
    @Override public String getRequestURI() { return uri; }
    @Override public StringBuffer getRequestURL() { return new StringBuffer("http://api.example.com").append(uri); }
    @Override public String getQueryString() { return null; }
    @Override public Enumeration<String> getHeaderNames() { return Collections.enumeration(headers.keySet()); }
    @Override public Enumeration<String> getHeaders(String name) {
      return Collections.enumeration(headers.getOrDefault(name, List.of()));
    }
    @Override public String getHeader(String name) {
      List<String> v = headers.get(name);
      return v == null ? null : v.get(0);
    }
    @Override public Object getAttribute(String name) { return attributes.get(name); }
    @Override public void setAttribute(String name, Object o) { attributes.put(name, o); }
    @Override public boolean isAsyncStarted() { return false; }
    @Override public DispatcherType getDispatcherType() { return DispatcherType.REQUEST; }
  }

  /** A response that keeps status, headers and body in memory. */
  static final class Response extends HttpServletResponseWrapper {
    private int status = 200;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private String contentType;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
    private final ServletOutputStream out = new ServletOutputStream() {
      @Override public void write(int b) { body.write(b); }
      @Override public void write(byte[] b, int off, int len) { body.write(b, off, len); }
      @Override public boolean isReady() { return true; }
      @Override public void setWriteListener(WriteListener listener) { throw new UnsupportedOperationException(); }
    };

    Response() {
      super(unsupported(HttpServletResponse.class));
    }

    int bodySize() {
      return body.size();
    }

    private List<String> field(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue();
        }
      }
      return null;
    }

    @Override public void setStatus(int sc) { status = sc; }
    @Override public int getStatus() { return status; }
    @Override public void setHeader(String name, String value) {
      List<String> f = field(name);
      if (f != null) {
        headers.values().remove(f);
      }
      if (value != null) {
        addHeader(name, value);
      }
    }
    @Override public void addHeader(String name, String value) {
      List<String> f = field(name);
      if (f == null) {
        f = new ArrayList<>(1);
        headers.put(name, f);
      }
      f.add(value);
    }
    @Override public boolean containsHeader(String name) { return field(name) != null; }
    @Override public String getHeader(String name) {
      List<String> f = field(name);
      return f == null ? null : f.get(0);
    }
    @Override public Collection<String> getHeaders(String name) {
      List<String> f = field(name);
      return f == null ? List.of() : f;
    }
    @Override public Collection<String> getHeaderNames() { return headers.keySet(); }
    @Override public void setContentType(String type) { contentType = type; setHeader("Content-Type", type); }
    @Override public String getContentType() { return contentType; }
    @Override public String getCharacterEncoding() { return "UTF-8"; }
    @Override public void setContentLength(int len) { setHeader("Content-Length", Integer.toString(len)); }
    @Override public ServletOutputStream getOutputStream() { return out; }
    @Override public PrintWriter getWriter() {
      return new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
    @Override public boolean isCommitted() { return false; }
    @Override public void flushBuffer() {}
    @Override public void resetBuffer() { body.reset(); }
  }
}
