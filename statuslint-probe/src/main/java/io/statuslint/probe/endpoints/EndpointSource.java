package io.statuslint.probe.endpoints;

import java.util.List;

/**
 * Where the operations to probe come from: the paths a user names, or an API description. A spec
 * reader implements this to hand the probe its operations with their filled-in paths, methods,
 * security and request media types.
 */
@FunctionalInterface
public interface EndpointSource {

  /** The endpoints to probe, in the order they should be reported. */
  List<Endpoint> endpoints();
}
