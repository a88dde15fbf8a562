package io.statuslint.report;

import java.util.List;

/**
 * Horizontal bar charts as inline SVG, drawn on the server side: they need no script, no font or
 * image from the network, and every label is escaped text. A bar may be stacked from segments
 * (findings of a rule by severity); each segment carries a CSS class for its colour.
 */
final class HtmlCharts {

  static final int WIDTH = 560;
  private static final int LABEL_WIDTH = 240;
  private static final int VALUE_WIDTH = 60;
  private static final int ROW = 24;
  private static final int BAR = 16;
  private static final int MAX_LABEL = 32;

  /** One part of a bar: its value, the CSS class that colours it, and what a tooltip says it is. */
  record Segment(long value, String cssClass, String name) {}

  /** One bar: its label and its segments, drawn left to right. */
  record Bar(String label, List<Segment> segments) {
    long total() {
      return segments.stream().mapToLong(Segment::value).sum();
    }
  }

  private HtmlCharts() {}

  /** A chart of bars scaled to the longest, with the label on the left and the total on the right. */
  static String bars(String id, String title, List<Bar> bars) {
    long max = Math.max(1, bars.stream().mapToLong(Bar::total).max().orElse(1));
    int height = Math.max(ROW, bars.size() * ROW) + 4;
    double scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / (double) max;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" id=\"").append(Html.escape(id)).append("\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" aria-label=\"").append(Html.escape(title)).append("\">");
    svg.append("<title>").append(Html.escape(title)).append("</title>");
    int y = 2;
    for (Bar bar : bars) {
      String label = bar.label();
      String shortLabel = ReportText.truncate(label, MAX_LABEL);
      svg.append("<g class=\"row\"><title>").append(Html.escape(label)).append(": ").append(bar.total())
          .append("</title>");
      svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + BAR - 3)
          .append("\" text-anchor=\"end\">").append(Html.escape(shortLabel)).append("</text>");
      double x = LABEL_WIDTH;
      for (Segment s : bar.segments()) {
        if (s.value() <= 0) {
          continue;
        }
        double w = Math.max(2, s.value() * scale);
        svg.append("<rect class=\"bar ").append(Html.escape(s.cssClass())).append("\" x=\"").append(fmt(x))
            .append("\" y=\"").append(y).append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR)
            .append("\" rx=\"2\"><title>").append(Html.escape(s.name())).append(": ").append(s.value())
            .append("</title></rect>");
        x += w;
      }
      svg.append("<text class=\"value\" x=\"").append(fmt(x + 6)).append("\" y=\"").append(y + BAR - 3).append("\">")
          .append(bar.total()).append("</text></g>");
      y += ROW;
    }
    if (bars.isEmpty()) {
      svg.append("<text class=\"empty\" x=\"").append(WIDTH / 2).append("\" y=\"16\" text-anchor=\"middle\">nothing to show</text>");
    }
    return svg.append("</svg>").toString();
  }

  /** One bar split into its parts (e.g. the share of each status class), with a legend below. */
  static String share(String id, String title, List<Segment> parts) {
    long total = Math.max(1, parts.stream().mapToLong(Segment::value).sum());
    int legendRows = (parts.size() + 2) / 3;
    int height = 30 + legendRows * 20;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" id=\"").append(Html.escape(id)).append("\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" aria-label=\"").append(Html.escape(title)).append("\">");
    svg.append("<title>").append(Html.escape(title)).append("</title>");
    double x = 0;
    for (Segment s : parts) {
      if (s.value() <= 0) {
        continue;
      }
      double w = Math.max(2, s.value() * (double) WIDTH / total);
      svg.append("<rect class=\"bar ").append(Html.escape(s.cssClass())).append("\" x=\"").append(fmt(x))
          .append("\" y=\"0\" width=\"").append(fmt(w)).append("\" height=\"20\"><title>").append(Html.escape(s.name()))
          .append(": ").append(s.value()).append("</title></rect>");
      x += w;
    }
    for (int i = 0; i < parts.size(); i++) {
      Segment s = parts.get(i);
      int lx = (i % 3) * (WIDTH / 3);
      int ly = 32 + (i / 3) * 20;
      long pct = Math.round(s.value() * 100.0 / total);
      svg.append("<rect class=\"key ").append(Html.escape(s.cssClass())).append("\" x=\"").append(lx).append("\" y=\"")
          .append(ly).append("\" width=\"12\" height=\"12\" rx=\"2\"/>");
      svg.append("<text class=\"label\" x=\"").append(lx + 18).append("\" y=\"").append(ly + 11).append("\">")
          .append(Html.escape(s.name())).append(" — ").append(s.value()).append(" (").append(pct).append("%)</text>");
    }
    return svg.append("</svg>").toString();
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
  }
}
