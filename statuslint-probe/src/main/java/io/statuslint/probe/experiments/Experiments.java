package io.statuslint.probe.experiments;

import java.util.List;

/** Every built-in experiment, in the order they run on an endpoint. An explicit list: no scanning. */
public final class Experiments {

  private Experiments() {}

  public static List<Experiment> all() {
    return List.of(
        new HeadProbe(),
        new WrongMethodProbe(),
        new NotAcceptableProbe(),
        new ConditionalGetProbe(),
        new RangeProbe(),
        new UnauthenticatedProbe(),
        new MalformedBodyProbe(),
        new UnsupportedMediaTypeProbe(),
        new OversizedBodyProbe(),
        new UnknownPathProbe(),
        new LongUriProbe(),
        new LargeHeadersProbe());
  }
}
