package io.statuslint.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The IANA HTTP Status Code Registry (as of 2026-11), loaded once from {@code status-codes.tsv}.
 * Codes outside it stay plain ints: 299, 420 or 999 are exactly what statuslint reports on.
 */
public final class StatusRegistry {

  private static final StatusCode[] BY_CODE = new StatusCode[600];
  private static final List<StatusCode> ALL;

  static {
    List<StatusCode> all = new ArrayList<>();
    try (InputStream in = StatusRegistry.class.getResourceAsStream("status-codes.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length != 7) {
          throw new IllegalStateException("status-codes.tsv: bad row: " + line);
        }
        StatusCode sc = new StatusCode(
            Integer.parseInt(c[0]),
            c[1],
            StatusCode.Registration.valueOf(c[2].toUpperCase(Locale.ROOT)),
            c[3],
            c[4].equals("-") ? List.of() : Arrays.asList(c[4].split(",")),
            c[5].equals("forbidden"),
            c[6]);
        BY_CODE[sc.code()] = sc;
        all.add(sc);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ALL = Collections.unmodifiableList(all);
  }

  private StatusRegistry() {}

  /** The registry entry, or empty for codes IANA does not list (including out-of-range ones). */
  public static Optional<StatusCode> lookup(int code) {
    return Optional.ofNullable(get(code));
  }

  /** The registry entry, or {@code null}. Cheaper than {@link #lookup} on hot paths. */
  public static StatusCode get(int code) {
    return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
  }

  public static boolean isRegistered(int code) {
    return get(code) != null;
  }

  public static boolean inRange(int code) {
    return code >= 100 && code <= 599;
  }

  /** Every entry, in code order. */
  public static List<StatusCode> all() {
    return ALL;
  }

  /** {@code "429 Too Many Requests"}, or {@code "299"} for codes outside the registry. */
  public static String label(int code) {
    StatusCode sc = get(code);
    return sc == null ? Integer.toString(code) : sc.label();
  }
}
