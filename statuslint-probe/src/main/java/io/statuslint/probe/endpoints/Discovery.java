package io.statuslint.probe.endpoints;

import io.statuslint.model.HttpResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an answer reveals about the API without a spec: more paths (in {@code Link} and
 * {@code Location}) and the methods a path takes ({@code Allow}). Only paths on the target's own
 * origin and under its base path are kept: the probe never wanders off to another host.
 */
public final class Discovery {

  private static final Pattern LINK_TARGET = Pattern.compile("<([^>]*)>");
  private static final Pattern METHOD = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private Discovery() {}

  /** Same-origin paths (with query) under {@code basePath} named by Link and Location. */
  public static List<String> paths(URI requestUrl, HttpResponse response, String basePath) {
    Set<String> out = new LinkedHashSet<>();
    for (String link : response.headers().all("Link")) {
      Matcher m = LINK_TARGET.matcher(link);
      while (m.find()) {
        add(out, requestUrl, m.group(1), basePath);
      }
    }
    for (String location : response.headers().all("Location")) {
      add(out, requestUrl, location, basePath);
    }
    return new ArrayList<>(out);
  }

  /** The method tokens an {@code Allow} field lists; empty when there is none. */
  public static Set<String> allowed(HttpResponse response) {
    Set<String> methods = new LinkedHashSet<>();
    for (String allow : response.headers().all("Allow")) {
      for (String part : allow.split(",")) {
        String m = part.trim();
        if (METHOD.matcher(m).matches()) {
          methods.add(m.toUpperCase(Locale.ROOT));
        }
      }
    }
    return methods;
  }

  private static void add(Set<String> out, URI base, String reference, String basePath) {
    if (reference == null || reference.isBlank() || reference.length() > 2048) {
      return;
    }
    URI target;
    try {
      target = base.resolve(reference.trim());
    } catch (IllegalArgumentException notAUri) {
      return;
    }
    if (!sameOrigin(base, target) || target.getRawPath() == null || target.getRawPath().isEmpty()) {
      return;
    }
    String path = target.getRawPath();
    String prefix = basePath.endsWith("/") ? basePath : basePath + "/";
    if (!path.equals(basePath) && !path.startsWith(prefix) && !basePath.equals("/")) {
      return;
    }
    out.add(target.getRawQuery() == null ? path : path + "?" + target.getRawQuery());
  }

  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
        && effectivePort(a) == effectivePort(b);
  }

  private static int effectivePort(URI u) {
    if (u.getPort() > 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }
}
