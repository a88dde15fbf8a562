package io.statuslint.rule;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the engine and the reporters need to know about a rule, apart from its logic.
 *
 * @param statuses the only codes the rule can fire on; empty means any
 */
public record RuleMetadata(
    String id,
    Severity severity,
    Set<Surface> surfaces,
    String summary,
    String guide,
    String rfc,
    int[] statuses,
    List<String> supersedes) {

  public RuleMetadata {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("rule id must be kebab-case: " + id);
    }
    surfaces = surfaces.isEmpty() ? EnumSet.noneOf(Surface.class) : EnumSet.copyOf(surfaces);
    summary = summary == null ? "" : summary;
    guide = guide == null ? "" : guide;
    rfc = rfc == null ? "" : rfc;
    statuses = statuses == null ? new int[0] : statuses.clone();
    supersedes = supersedes == null ? List.of() : List.copyOf(supersedes);
  }

  /** Metadata for a small custom rule, applicable to traffic and specs and to any status. */
  public static RuleMetadata of(String id, Severity severity, String summary) {
    return new RuleMetadata(
        id, severity, EnumSet.allOf(Surface.class), summary, "", "", new int[0], List.of());
  }

  /** Reads the {@link RuleInfo} annotation of a rule class. */
  public static RuleMetadata fromAnnotation(Class<?> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(
          ruleClass.getName() + " has no @RuleInfo; annotate it or override metadata()");
    }
    Set<Surface> on = EnumSet.noneOf(Surface.class);
    on.addAll(Arrays.asList(info.on()));
    return new RuleMetadata(
        info.id(),
        info.severity(),
        on,
        info.summary(),
        info.guide(),
        info.rfc(),
        withClasses(info.statuses(), info.statusClasses()),
        List.of(info.supersedes()));
  }

  private static int[] withClasses(int[] statuses, int[] classes) {
    if (classes.length == 0) {
      return statuses;
    }
    java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
    for (int s : statuses) {
      all.add(s);
    }
    for (int c : classes) {
      for (int code = c * 100; code < c * 100 + 100; code++) {
        all.add(code);
      }
    }
    return all.stream().mapToInt(Integer::intValue).toArray();
  }

  public boolean appliesTo(Surface surface) {
    return surfaces.contains(surface);
  }

  public boolean appliesToStatus(int status) {
    if (statuses.length == 0) {
      return true;
    }
    for (int s : statuses) {
      if (s == status) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int[] statuses() {
    return statuses.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleMetadata other && other.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
