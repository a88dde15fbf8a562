package io.statuslint.probe.endpoints;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A path the probe runs its experiments on, and what is known about it beforehand.
 *
 * @param path the concrete path (and query) to request, relative to the target's origin
 * @param template the path template it was filled from ({@code /orders/{id}}), or the path itself
 * @param methods the methods known to exist there (from a spec); empty when not known, and then GET
 *     is tried
 * @param secured whether the operation needs credentials: TRUE/FALSE from a spec, {@code null} when
 *     not known
 * @param requestMediaTypes the media types each method takes as request content, when known
 * @param headers header fields every request to it carries: the spec's required header parameters
 *     (and its required cookie parameters, as one Cookie field), so the server gets past its own
 *     validation to the behaviour being probed
 * @param source where the path came from ({@code --path}, a spec, or the answer that revealed it)
 */
public record Endpoint(
    String path,
    String template,
    Set<String> methods,
    Boolean secured,
    Map<String, List<String>> requestMediaTypes,
    Map<String, String> headers,
    String source) {

  public Endpoint {
    Objects.requireNonNull(path, "path");
    template = template == null ? path : template;
    // Sorted, so messages that list them read the same on every run.
    methods = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(methods == null ? Set.of() : methods));
    requestMediaTypes = Map.copyOf(requestMediaTypes == null ? Map.of() : requestMediaTypes);
    headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers == null ? Map.of() : headers));
    source = source == null ? "" : source;
  }

  /** A path named by the user, with nothing else known. */
  public static Endpoint path(String path, String source) {
    return new Endpoint(path, path, Set.of(), null, Map.of(), Map.of(), source);
  }

  /** Whether GET is worth trying: known to exist, or nothing is known. */
  public boolean mayGet() {
    return methods.isEmpty() || methods.contains("GET");
  }
}
