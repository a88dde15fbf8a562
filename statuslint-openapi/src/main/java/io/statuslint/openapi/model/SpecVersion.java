package io.statuslint.openapi.model;

/** The spec dialects statuslint reads. */
public enum SpecVersion {
  SWAGGER_2("Swagger 2.0"),
  OPENAPI_3_0("OpenAPI 3.0"),
  OPENAPI_3_1("OpenAPI 3.1");

  private final String label;

  SpecVersion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isSwagger2() {
    return this == SWAGGER_2;
  }
}
