package io.statuslint.engine;

/** A configuration that cannot be used. The command line reports its message and exits with 2. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
