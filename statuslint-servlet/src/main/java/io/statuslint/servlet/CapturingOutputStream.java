package io.statuslint.servlet;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;

/** The application's output stream: every write goes through {@link CapturedResponse}. */
final class CapturingOutputStream extends ServletOutputStream {

  private final CapturedResponse response;
  private final ServletOutputStream real;
  private final byte[] one = new byte[1];

  CapturingOutputStream(CapturedResponse response, ServletOutputStream real) {
    this.response = response;
    this.real = real;
  }

  @Override
  public void write(int b) throws IOException {
    synchronized (response) {
      one[0] = (byte) b;
      response.writeBytes(one, 0, 1);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    response.writeBytes(b, off, len);
  }

  @Override
  public void flush() throws IOException {
    response.flushBody();
  }

  @Override
  public void close() throws IOException {
    response.closeBody();
  }

  @Override
  public boolean isReady() {
    return response.holding() || real.isReady();
  }

  @Override
  public void setWriteListener(WriteListener listener) {
    // Non-blocking output is the application's own flow control: never hold it back.
    response.nonBlocking();
    real.setWriteListener(listener);
  }
}
