package io.statuslint.servlet;

import java.io.IOException;
import java.io.Writer;

/** The writer under the application's {@code PrintWriter}: every write goes through {@link CapturedResponse}. */
final class CapturingWriter extends Writer {

  private final CapturedResponse response;

  CapturingWriter(CapturedResponse response) {
    this.response = response;
  }

  @Override
  public void write(char[] c, int off, int len) throws IOException {
    response.writeChars(c, off, len);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    response.writeString(s, off, len);
  }

  @Override
  public void write(int c) throws IOException {
    write(new char[] {(char) c}, 0, 1);
  }

  @Override
  public void flush() throws IOException {
    response.flushBody();
  }

  @Override
  public void close() throws IOException {
    response.closeBody();
  }
}
