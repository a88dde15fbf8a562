package io.statuslint.detect;

import io.statuslint.model.Urls;
import java.util.Locale;
import java.util.Set;

/** Recognises requests for static assets (images, fonts, scripts, stylesheets, media) by their URL. */
public final class StaticAssets {

  private static final Set<String> EXTENSIONS = Set.of(
      "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "ico", "bmp", "tif", "tiff", "apng",
      "woff", "woff2", "ttf", "otf", "eot",
      "js", "mjs", "cjs", "map",
      "css",
      "mp4", "webm", "ogg", "mp3", "wav", "m4a", "mov");

  private StaticAssets() {}

  /** Whether the URL's path ends in a static asset's file extension ({@code /img/logo.png?v=3}). */
  public static boolean hasAssetExtension(String url) {
    if (url == null) {
      return false;
    }
    String path = Urls.path(url);
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot <= slash || dot == path.length() - 1 || path.length() - dot > 6) {
      return false;
    }
    return EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
