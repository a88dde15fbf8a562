package io.statuslint.model;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Media-type helpers (RFC 9110 §8.3.1) shared by the readers, views and rules. */
public final class MediaTypes {

  private static final Set<String> BINARY_APPLICATION_TYPES = Set.of(
      "application/octet-stream", "application/pdf", "application/zip", "application/gzip",
      "application/x-gzip", "application/x-tar", "application/x-7z-compressed", "application/wasm",
      "application/protobuf", "application/x-protobuf", "application/grpc", "application/font-woff",
      "application/x-font-woff", "application/x-font-ttf", "application/vnd.ms-fontobject");

  private MediaTypes() {}

  /** {@code "Application/JSON; charset=utf-8"} becomes {@code "application/json"}; null stays null. */
  public static String essence(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semi = contentType.indexOf(';');
    String t = (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
    return t.isEmpty() ? null : t.toLowerCase(Locale.ROOT);
  }

  /** The charset parameter of a Content-Type, or UTF-8 when absent or not supported here. */
  public static Charset charset(String contentType) {
    if (contentType != null) {
      String lower = contentType.toLowerCase(Locale.ROOT);
      int i = lower.indexOf("charset=");
      if (i >= 0) {
        String name = contentType.substring(i + 8).trim();
        int end = name.indexOf(';');
        if (end >= 0) {
          name = name.substring(0, end).trim();
        }
        name = name.replace("\"", "");
        try {
          return Charset.forName(name);
        } catch (RuntimeException unsupported) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** JSON, including structured-syntax suffixes such as {@code application/problem+json}. */
  public static boolean isJson(String essence) {
    return essence != null && (essence.equals("application/json") || essence.endsWith("+json")
        || essence.equals("text/json"));
  }

  public static boolean isHtml(String essence) {
    return essence != null && (essence.equals("text/html") || essence.equals("application/xhtml+xml"));
  }

  /** Types whose bytes are text a rule may read: text/*, JSON, XML, form data, JavaScript. */
  public static boolean isTextual(String essence) {
    if (essence == null) {
      return false;
    }
    return essence.startsWith("text/") || isJson(essence) || essence.endsWith("+xml")
        || essence.equals("application/xml") || essence.equals("application/javascript")
        || essence.equals("application/x-www-form-urlencoded") || essence.equals("application/x-ndjson");
  }

  /**
   * Whether content of this type is known to be binary: pictures, sound, video, fonts, archives.
   * Unknown, missing and textual types (SVG and every {@code +json}/{@code +xml} type included) are
   * not, since their content may hold what rules look for. The readers skip decoding such bodies and
   * the body rules skip reading them.
   */
  public static boolean isBinary(String mediaType) {
    String essence = essence(mediaType);
    if (essence == null || isTextual(essence)) {
      return false;
    }
    return essence.startsWith("image/") || essence.startsWith("audio/") || essence.startsWith("video/")
        || essence.startsWith("font/") || BINARY_APPLICATION_TYPES.contains(essence);
  }
}
