package io.statuslint.openapi.resolve;

/** Test access to package-private helpers. */
public final class RefResolverAccess {
  private RefResolverAccess() {}

  public static String percentDecode(String s) {
    return RefResolver.percentDecode(s);
  }
}
