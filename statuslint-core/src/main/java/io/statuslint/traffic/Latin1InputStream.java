package io.statuslint.traffic;

import java.io.InputStream;

/** The chars of a base64 string as bytes, without copying the string. */
final class Latin1InputStream extends InputStream {
  private final String s;
  private int i;

  Latin1InputStream(String s) {
    this.s = s;
  }

  @Override
  public int read() {
    return i < s.length() ? s.charAt(i++) & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (i >= s.length()) {
      return -1;
    }
    int n = Math.min(len, s.length() - i);
    for (int k = 0; k < n; k++) {
      b[off + k] = (byte) s.charAt(i++);
    }
    return n;
  }
}
