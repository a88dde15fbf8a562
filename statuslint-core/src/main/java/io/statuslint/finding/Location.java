package io.statuslint.finding;

/**
 * Where a finding points. Every field is optional; {@code -1} and {@code null} mean "not known".
 * Spec findings carry file, line, column, pointer and component; traffic findings carry file, entry,
 * line of the entry, exchange id, method, URL and status; live findings have no file.
 */
public record Location(
    String file,
    long line,
    long column,
    String pointer,
    String component,
    long entry,
    String exchangeId,
    String method,
    String url,
    int status) {

  public static final Location NOWHERE = new Location(null, -1, -1, null, null, -1, null, null, null, -1);

  public static Location ofExchange(
      String file, long entry, long line, String exchangeId, String method, String url, int status) {
    return new Location(file, line, -1, null, null, entry, exchangeId, method, url, status);
  }

  public static Location ofSpec(
      String file, long line, long column, String pointer, String component, String method, String path, int status) {
    return new Location(file, line, column, pointer, component, -1, null, method, path, status);
  }

  public boolean hasFile() {
    return file != null;
  }

  /** {@code "traffic.har:12"}, {@code "api.yaml:40:7"}, or the method and URL for live findings. */
  public String shortText() {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
      if (line > 0) {
        sb.append(':').append(line);
        if (column > 0) {
          sb.append(':').append(column);
        }
      }
    } else if (exchangeId != null) {
      sb.append("exchange ").append(exchangeId);
    }
    return sb.toString();
  }
}
