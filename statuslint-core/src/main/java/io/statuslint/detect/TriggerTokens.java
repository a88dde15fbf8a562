package io.statuslint.detect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-pass pre-filter over many literal tokens: it tells which groups of tokens occur in a text,
 * so a detector runs its precise (and dearer) patterns only for the formats whose trigger words are
 * there.
 *
 * <p>How it stays cheap on a clean body: every token of length L registers its three-character
 * windows at offsets 0..S-1 in an 8 KiB bit set, where the stride S is the shortest token's length
 * minus two. The scan then looks at one window every S characters; any occurrence of a token covers
 * one of those windows at a registered offset, so nothing is missed, and only where a window's bit is
 * set is a token compared in full. Common English three-letter runs rarely start a token, so clean
 * text is mostly one hash and one bit test per S characters.
 *
 * <p>Tokens are ASCII and at least three characters long. Immutable and thread-safe once built.
 */
public final class TriggerTokens {

  private static final int BITS = 1 << 16;
  private static final int MAX_STRIDE = 4;

  private final int stride;
  private final long[] windows = new long[BITS / 64];
  private final Candidate[][] candidatesByWindow = new Candidate[BITS][];
  private final long allGroups;

  /** A token that may start {@code offset} characters before a window with its hash. */
  private record Candidate(String token, int offset, long group, boolean ignoreCase) {}

  private TriggerTokens(Builder b) {
    int shortest = b.tokens.stream().mapToInt(String::length).min().orElse(3);
    this.stride = Math.max(1, Math.min(MAX_STRIDE, shortest - 2));
    List<List<Candidate>> lists = new ArrayList<>(BITS);
    for (int i = 0; i < BITS; i++) {
      lists.add(null);
    }
    long all = 0;
    for (int t = 0; t < b.tokens.size(); t++) {
      String token = b.tokens.get(t);
      long group = b.groups.get(t);
      boolean ignoreCase = b.ignoreCase.get(t);
      all |= group;
      int base = quietestBase(token, stride);
      for (int offset = base; offset < base + stride; offset++) {
        int h = hash(fold(token.charAt(offset)), fold(token.charAt(offset + 1)), fold(token.charAt(offset + 2)));
        windows[h >>> 6] |= 1L << h;
        if (lists.get(h) == null) {
          lists.set(h, new ArrayList<>());
        }
        lists.get(h).add(new Candidate(token, offset, group, ignoreCase));
      }
    }
    for (int h = 0; h < BITS; h++) {
      if (lists.get(h) != null) {
        candidatesByWindow[h] = lists.get(h).toArray(new Candidate[0]);
      }
    }
    this.allGroups = all;
  }

  /**
   * Where a token's {@code stride} registered windows start: any run of that many consecutive
   * windows catches every occurrence, so pick the run least likely to appear in ordinary text
   * (no spaces, no JSON punctuation, few of English's most frequent letters).
   */
  private static int quietestBase(String token, int stride) {
    int best = 0;
    int bestScore = Integer.MAX_VALUE;
    for (int base = 0; base + stride + 2 <= token.length(); base++) {
      int score = 0;
      for (int k = base; k < base + stride + 2; k++) {
        score += noise(token.charAt(k));
      }
      if (score < bestScore) {
        bestScore = score;
        best = base;
      }
    }
    return best;
  }

  /** How often a character occurs in English prose and JSON, roughly in percent (spaces most). */
  private static int noise(char c) {
    if (c == ' ' || c == '\t' || c == '\n') {
      return 20;
    }
    if ("\":,{}".indexOf(c) >= 0) {
      return 10;
    }
    int at = "etaoinshrdlcumwfgypbvk".indexOf(Character.toLowerCase(c));
    if (at >= 0) {
      return LETTER_PERCENT[at];
    }
    return Character.isDigit(c) ? 2 : 1;
  }

  private static final int[] LETTER_PERCENT = {12, 9, 8, 8, 7, 7, 6, 6, 6, 4, 4, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1, 1};

  public static Builder builder() {
    return new Builder();
  }

  /** The bit mask of the groups (see {@link Builder#add}) whose tokens occur in {@code text}; 0 if none. */
  public long groupsIn(String text) {
    // Latin-1 bytes: a plain array read is cheaper than String.charAt, and a character outside
    // Latin-1 becomes '?', which no (ASCII, '?'-free) token contains.
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    int last = bytes.length - 3;
    long found = 0;
    byte[] fold = FOLD;
    long[] bits = windows;
    for (int i = 0; i <= last; i += stride) {
      int h = hash(fold[bytes[i] & 0xFF], fold[bytes[i + 1] & 0xFF], fold[bytes[i + 2] & 0xFF]);
      if ((bits[h >>> 6] & (1L << h)) != 0) {
        found |= verify(text, i, h, found);
        if (found == allGroups) {
          return found;
        }
      }
    }
    return found;
  }

  /** Whether any token occurs in {@code text}. */
  public boolean foundIn(String text) {
    return groupsIn(text) != 0;
  }

  private long verify(String text, int window, int h, long alreadyFound) {
    long found = 0;
    for (Candidate cand : candidatesByWindow[h]) {
      if ((alreadyFound & cand.group) != 0 || (found & cand.group) != 0) {
        continue;
      }
      int start = window - cand.offset;
      if (start >= 0 && text.regionMatches(cand.ignoreCase, start, cand.token, 0, cand.token.length())) {
        found |= cand.group;
      }
    }
    return found;
  }

  /** Windows are hashed case-folded, so one table serves exact and case-blind tokens alike. */
  private static int fold(char c) {
    return FOLD[c];
  }

  private static final byte[] FOLD = new byte[256];

  static {
    for (int c = 0; c < 256; c++) {
      // Bytes outside ASCII map to 0: no token window contains them, so 0 only costs a rare verify.
      FOLD[c] = (byte) (c < 128 ? Character.toLowerCase((char) c) : 0);
    }
  }

  private static int hash(int a, int b, int c) {
    return (((a << 14) | (b << 7) | c) * 0x9E3779B1) >>> 16;
  }

  /** Collects tokens, each in a group (a bit of the mask {@link #groupsIn} returns). */
  public static final class Builder {
    private final List<String> tokens = new ArrayList<>();
    private final List<Long> groups = new ArrayList<>();
    private final List<Boolean> ignoreCase = new ArrayList<>();

    private Builder() {}

    /** Adds tokens, matched exactly, to group {@code group} (0..63). */
    public Builder add(int group, String... tokens) {
      return add(group, false, tokens);
    }

    /** Adds tokens that match regardless of ASCII case (SQL keywords come in both cases). */
    public Builder addIgnoringCase(int group, String... tokens) {
      return add(group, true, tokens);
    }

    private Builder add(int group, boolean caseBlind, String... tokens) {
      if (group < 0 || group > 63) {
        throw new IllegalArgumentException("group must be 0..63: " + group);
      }
      for (String t : tokens) {
        if (t.length() < 3 || !t.chars().allMatch(ch -> ch < 128)) {
          throw new IllegalArgumentException("tokens are ASCII and at least 3 characters: '" + t + "'");
        }
        this.tokens.add(t);
        this.groups.add(1L << group);
        this.ignoreCase.add(caseBlind);
      }
      return this;
    }

    public TriggerTokens build() {
      return new TriggerTokens(this);
    }
  }
}
