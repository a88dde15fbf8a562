package io.statuslint.model;

import java.util.Locale;

/**
 * What kind of resource the request fetched, as a browser recorded it (HAR's {@code _resourceType}).
 * Rules about API error bodies leave static assets and page navigations alone.
 */
public enum ResourceHint {
  UNKNOWN,
  DOCUMENT,
  API,
  STATIC_ASSET;

  /** Maps Chrome's resource types ({@code document}, {@code xhr}, {@code fetch}, {@code image}…). */
  public static ResourceHint fromHarResourceType(String type) {
    if (type == null) {
      return UNKNOWN;
    }
    switch (type.toLowerCase(Locale.ROOT)) {
      case "document":
        return DOCUMENT;
      case "xhr":
      case "fetch":
        return API;
      case "image":
      case "font":
      case "script":
      case "stylesheet":
      case "media":
      case "manifest":
        return STATIC_ASSET;
      default:
        return UNKNOWN;
    }
  }
}
