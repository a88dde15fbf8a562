package io.statuslint.traffic;

import io.statuslint.model.MediaTypes;
import java.util.Set;

/** Media types whose content no rule reads as text: pictures, sound, video, fonts, archives. */
final class MediaKinds {

  private static final Set<String> BINARY_APPLICATION_TYPES = Set.of(
      "application/octet-stream", "application/pdf", "application/zip", "application/gzip",
      "application/x-gzip", "application/x-tar", "application/x-7z-compressed", "application/wasm",
      "application/protobuf", "application/x-protobuf", "application/grpc", "application/font-woff",
      "application/x-font-woff", "application/x-font-ttf", "application/vnd.ms-fontobject");

  private MediaKinds() {}

  /**
   * Whether a media type is known to be binary. Unknown, missing and textual types (SVG and every
   * {@code +json}/{@code +xml} type included) are not: their content may hold what rules look for.
   */
  static boolean isBinary(String mediaType) {
    String essence = MediaTypes.essence(mediaType);
    if (essence == null || MediaTypes.isTextual(essence)) {
      return false;
    }
    return essence.startsWith("image/") || essence.startsWith("audio/") || essence.startsWith("video/")
        || essence.startsWith("font/") || BINARY_APPLICATION_TYPES.contains(essence);
  }
}
