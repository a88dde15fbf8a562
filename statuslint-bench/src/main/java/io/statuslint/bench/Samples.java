package io.statuslint.bench;

/** Realistic bodies of a given size for the benchmarks. */
final class Samples {

  private Samples() {}

  /** A 2xx order resource padded with line items to about {@code size} characters. */
  static String orderJson(int size) {
    StringBuilder sb = new StringBuilder("{\"id\":42,\"status\":\"shipped\",\"customer\":{\"id\":7,\"name\":\"Ada\"},\"items\":[");
    int i = 0;
    while (sb.length() < size - 80) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"sku\":\"SKU-").append(1000 + i).append("\",\"qty\":").append(i % 5 + 1)
          .append(",\"price\":").append(9.99 + i).append('}');
      i++;
    }
    return sb.append("],\"total\":123.45}").toString();
  }

  /** A 5xx error body of about {@code size} characters: a problem object with a long detail. */
  static String errorJson(int size) {
    StringBuilder detail = new StringBuilder("The invoice service did not answer in time while rendering the invoice. ");
    while (detail.length() < size - 200) {
      detail.append("The request was retried and may be retried again later by the client. ");
    }
    return "{\"type\":\"https://api.example.com/problems/upstream\",\"title\":\"Upstream unavailable\","
        + "\"status\":500,\"detail\":\"" + detail + "\",\"instance\":\"/orders/42/invoice\"}";
  }
}
