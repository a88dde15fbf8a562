package io.statuslint.probe.endpoints;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The paths given with {@code --path}, resolved under the base URL's path; the base itself if none. */
public final class GivenPaths implements EndpointSource {

  private final String basePath;
  private final List<String> paths;

  public GivenPaths(String basePath, List<String> paths) {
    this.basePath = basePath == null || basePath.isEmpty() ? "/" : basePath;
    this.paths = List.copyOf(paths);
  }

  @Override
  public List<Endpoint> endpoints() {
    Set<String> unique = new LinkedHashSet<>();
    if (paths.isEmpty()) {
      unique.add(basePath);
    }
    for (String p : paths) {
      unique.add(resolve(basePath, p));
    }
    List<Endpoint> out = new ArrayList<>();
    for (String p : unique) {
      out.add(Endpoint.path(p, "--path"));
    }
    return out;
  }

  /** {@code /api} + {@code /orders} = {@code /api/orders}; a path already under the base stays. */
  static String resolve(String basePath, String path) {
    String p = path.startsWith("/") ? path : "/" + path;
    String base = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    if (base.isEmpty() || p.equals(base) || p.startsWith(base + "/") || p.startsWith(base + "?")) {
      return p;
    }
    return base + p;
  }
}
