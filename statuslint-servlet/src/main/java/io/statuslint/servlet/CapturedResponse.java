package io.statuslint.servlet;

import io.statuslint.model.Body;
import io.statuslint.model.MediaTypes;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The response as the application writes it, with a bounded copy of its body.
 *
 * <p>Every body is copied up to {@code limit} bytes (characters, for a writer) while it goes to the
 * client. In guard mode an error response (status 400 or more when its first byte is written) is
 * <em>held</em> instead: nothing reaches the client, and flushes are deferred, until the exchange
 * finishes or the body grows past the limit. Only a held body can be replaced; past the limit the
 * held part is released and the rest streams through as usual. A non-blocking writer
 * ({@code setWriteListener}) is never held.
 *
 * <p>Guarded by its own monitor: an asynchronous application may write from one thread while the
 * container times the request out on another.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

  private enum Sink { UNDECIDED, HOLD, PASS }

  private static final byte[] NONE = new byte[0];

  private final int limit;
  private final boolean guard;
  private final Integer retryAfterSeconds;
  private final GuideMetrics metrics;

  private Sink sink = Sink.UNDECIDED;
  private boolean holdAllowed;
  private byte[] bytes = NONE;
  private int count;
  private StringBuilder chars;
  private long total;
  private boolean flushDeferred;
  private boolean closeDeferred;
  private boolean sendErrorCalled;
  private boolean retryAfterChecked;
  private boolean retryAfterAdded;

  private ServletOutputStream realStream;
  private PrintWriter realWriter;
  private CapturingOutputStream stream;
  private PrintWriter writer;

  CapturedResponse(HttpServletResponse response, int limit, boolean guard, Integer retryAfterSeconds,
      GuideMetrics metrics) {
    super(response);
    this.limit = limit;
    this.guard = guard;
    this.holdAllowed = guard;
    this.retryAfterSeconds = retryAfterSeconds;
    this.metrics = metrics;
  }

  // ---- what the application calls ----

  @Override
  public synchronized ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      realStream = super.getOutputStream(); // throws as the container would after getWriter()
      stream = new CapturingOutputStream(this, realStream);
    }
    return stream;
  }

  @Override
  public synchronized PrintWriter getWriter() throws IOException {
    if (writer == null) {
      realWriter = super.getWriter(); // fixes the charset exactly as it would without us
      chars = new StringBuilder();
      writer = new PrintWriter(new CapturingWriter(this), false);
    }
    return writer;
  }

  @Override
  public synchronized void flushBuffer() throws IOException {
    if (holding() || (sink == Sink.UNDECIDED && mayHold())) {
      flushDeferred = true; // committing now would make the body impossible to replace
      return;
    }
    beforeClientSeesHeaders();
    super.flushBuffer();
  }

  @Override
  public synchronized void reset() {
    super.reset();
    clearCapture();
  }

  @Override
  public synchronized void resetBuffer() {
    super.resetBuffer();
    clearCapture();
  }

  @Override
  public synchronized void sendError(int sc, String msg) throws IOException {
    beforeSendError(sc);
    if (msg != null && messageVetter != null && !messageVetter.allows(sc, msg, this)) {
      super.sendError(sc); // the container's error page would quote the message
      return;
    }
    super.sendError(sc, msg);
  }

  @Override
  public synchronized void sendError(int sc) throws IOException {
    beforeSendError(sc);
    super.sendError(sc);
  }

  private void beforeSendError(int sc) {
    // The container discards the buffer and writes its own error page: nothing held survives.
    clearCapture();
    holdAllowed = false;
    sink = Sink.PASS;
    sendErrorCalled = true;
    beforeClientSeesHeaders(sc);
  }

  /** Decides whether a {@code sendError} message may reach the container's error page. */
  interface MessageVetter {
    boolean allows(int status, String message, CapturedResponse response);
  }

  private MessageVetter messageVetter;

  void vetMessagesWith(MessageVetter vetter) {
    this.messageVetter = vetter;
  }

  private void clearCapture() {
    count = 0;
    total = 0;
    if (chars != null) {
      chars.setLength(0);
    }
    sink = Sink.UNDECIDED;
    flushDeferred = false;
  }

  // ---- the body, from CapturingOutputStream and CapturingWriter ----

  synchronized void writeBytes(byte[] b, int off, int len) throws IOException {
    if (decide() == Sink.HOLD) {
      if (total + len <= limit) {
        copyBytes(b, off, len);
        total += len;
        return;
      }
      release(); // past the limit: what is held goes out, the rest streams
    }
    beforeClientSeesHeaders();
    realStream.write(b, off, len);
    copyBytes(b, off, len);
    total += len;
  }

  synchronized void writeChars(char[] c, int off, int len) throws IOException {
    if (decide() == Sink.HOLD) {
      if (total + len <= limit) {
        chars.append(c, off, len);
        total += len;
        return;
      }
      release();
    }
    beforeClientSeesHeaders();
    realWriter.write(c, off, len);
    int room = (int) Math.min(len, Math.max(0, limit - chars.length()));
    chars.append(c, off, room);
    total += len;
  }

  synchronized void writeString(String s, int off, int len) throws IOException {
    if (decide() == Sink.HOLD) {
      if (total + len <= limit) {
        chars.append(s, off, off + len);
        total += len;
        return;
      }
      release();
    }
    beforeClientSeesHeaders();
    realWriter.write(s, off, len);
    int room = (int) Math.min(len, Math.max(0, limit - chars.length()));
    chars.append(s, off, off + room);
    total += len;
  }

  synchronized void flushBody() throws IOException {
    if (holding()) {
      flushDeferred = true;
      return;
    }
    beforeClientSeesHeaders();
    if (realWriter != null) {
      realWriter.flush();
    } else if (realStream != null) {
      realStream.flush();
    }
  }

  synchronized void closeBody() throws IOException {
    if (holding() || (sink == Sink.UNDECIDED && mayHold())) {
      closeDeferred = true;
      return;
    }
    beforeClientSeesHeaders();
    if (realWriter != null) {
      realWriter.close();
    } else if (realStream != null) {
      realStream.close();
    }
  }

  /** A non-blocking writer takes over: release what is held and never hold again. */
  synchronized void nonBlocking() {
    stopHolding();
  }

  synchronized boolean holding() {
    return sink == Sink.HOLD;
  }

  private boolean mayHold() {
    return holdAllowed && getStatus() >= 400;
  }

  private Sink decide() {
    if (sink == Sink.UNDECIDED) {
      sink = mayHold() ? Sink.HOLD : Sink.PASS;
    }
    return sink;
  }

  private void copyBytes(byte[] b, int off, int len) {
    int room = Math.min(len, limit - count);
    if (room <= 0) {
      return;
    }
    if (count + room > bytes.length) {
      // Most bodies arrive in one write: size the first buffer to it, grow by doubling after that.
      int wanted = bytes.length == 0 ? Math.max(count + room, 512) : Math.max(count + room, bytes.length * 2);
      bytes = Arrays.copyOf(bytes, Math.min(limit, wanted));
    }
    System.arraycopy(b, off, bytes, count, room);
    count += room;
  }

  // ---- what the filter calls when the exchange ends ----

  /** Sends what is held to the client and stops holding, for good. */
  synchronized void stopHolding() {
    holdAllowed = false;
    try {
      if (sink == Sink.HOLD) {
        release();
      } else if (sink == Sink.UNDECIDED) {
        sink = Sink.PASS;
        if (flushDeferred || closeDeferred) {
          finishDeferred();
        }
      }
    } catch (IOException e) {
      // The client went away: nothing is left to protect, and the application will see the same
      // failure on its next write.
    }
  }

  /** Releases the held body (if any), then performs the flush or close the application asked for. */
  synchronized void release() throws IOException {
    beforeClientSeesHeaders();
    if (sink == Sink.HOLD) {
      sink = Sink.PASS;
      if (realWriter != null) {
        realWriter.append(chars);
      } else if (realStream != null) {
        realStream.write(bytes, 0, count);
      }
    }
    finishDeferred();
  }

  private void finishDeferred() throws IOException {
    if (closeDeferred) {
      closeDeferred = false;
      closeBody();
    } else if (flushDeferred) {
      flushDeferred = false;
      flushBody();
      if (realWriter == null && realStream == null) {
        super.flushBuffer();
      }
    }
  }

  /**
   * Replaces the held body with {@code body}: same status, new content type and length. The body is
   * ASCII, so it reads the same whatever charset the application's writer fixed.
   */
  synchronized void replaceBody(String contentType, String body) throws IOException {
    if (isCommitted()) {
      throw new IllegalStateException("the response is already committed");
    }
    super.resetBuffer();
    sink = Sink.PASS;
    holdAllowed = false;
    beforeClientSeesHeaders();
    setContentType(contentType);
    setHeader("Content-Encoding", null);
    setHeader("Content-Disposition", null);
    byte[] encoded = body.getBytes(realWriter != null ? Charset.forName(getCharacterEncoding())
        : java.nio.charset.StandardCharsets.US_ASCII);
    setContentLength(encoded.length);
    if (realWriter != null) {
      realWriter.write(body);
      realWriter.flush();
    } else {
      ServletOutputStream out = realStream != null ? realStream : super.getOutputStream();
      out.write(encoded);
      out.flush();
    }
  }

  /** Called before the first byte or header can reach the client. */
  private void beforeClientSeesHeaders() {
    beforeClientSeesHeaders(getStatus());
  }

  private void beforeClientSeesHeaders(int status) {
    if (retryAfterChecked || !guard || retryAfterSeconds == null) {
      return;
    }
    retryAfterChecked = true;
    if ((status == 429 || status == 503) && !containsHeader("Retry-After") && !isCommitted()) {
      setHeader("Retry-After", Integer.toString(retryAfterSeconds));
      retryAfterAdded = true;
      metrics.countRetryAfterAdded();
    }
  }

  /** Adds the default Retry-After to a bodiless 429/503 before the container commits it. */
  synchronized void beforeCompletion() {
    beforeClientSeesHeaders();
  }

  // ---- facts for the check ----

  /** The body as captured: complete, a truncated prefix, absent, or unknown (container error page). */
  synchronized Body capturedBody(boolean headRequest) {
    if (headRequest) {
      return Body.absent(); // the container sends no body on HEAD, whatever the servlet wrote
    }
    if (total == 0) {
      return sendErrorCalled ? Body.unknown() : Body.absent();
    }
    if (chars != null && realWriter != null) {
      String text = chars.toString();
      return total > text.length() ? Body.truncated(text, -1) : Body.ofText(text);
    }
    Charset charset = MediaTypes.charset(getContentType());
    // The application is done writing: the buffer can be handed over without a copy when it is full.
    byte[] known = count == bytes.length ? bytes : Arrays.copyOf(bytes, count);
    return total > count ? Body.truncated(known, total, charset) : Body.ofBytes(known, charset);
  }

  /** Whether the application wrote past the capture limit. */
  synchronized boolean overflowed() {
    return total > limit;
  }

  synchronized boolean sendErrorCalled() {
    return sendErrorCalled;
  }

  synchronized boolean retryAfterAdded() {
    return retryAfterAdded;
  }

  int limit() {
    return limit;
  }
}
