package dev.gal.aws;

import dev.gal.rule.Placeholders;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backend of an HTTP integration uri as GAL holds it: protocol, host and
 * port, with the path and query apart. A template placeholder or a stage
 * variable may stand for the host or a part of it
 * (https://${stageVariables.orders_upstream}/orders, as gal export
 * --stage-variables writes, or https://api.${env}.example.com/orders); it is
 * kept as written.
 */
final class HttpUris {
  private static final Pattern FORM = Pattern.compile("(?i)(https?)://([^/?#]*)([^?#]*)([?#].*)?");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+]");
  private static final String STAGE_VARIABLE_PREFIX = "stageVariables.";
  private static final String UPSTREAM_SUFFIX = "_upstream";

  private HttpUris() {}

  /** scheme in lower case; port the one written, else the scheme's; path "/" when none is written; query with its "?". */
  record Parsed(String scheme, String host, long port, String path, String query) {}

  static Optional<Parsed> parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    String authority = m.group(2);
    String host = authority;
    long port = scheme.equals("http") ? 80 : 443;
    int colon = authority.startsWith("[") ? authority.indexOf("]:") + 1 : lastColonOutsidePlaceholders(authority);
    if (colon > 0) {
      String written = authority.substring(colon + 1);
      if (!written.matches("\\d{1,5}") || Integer.parseInt(written) == 0 || Integer.parseInt(written) > 65535) {
        return Optional.empty();
      }
      port = Integer.parseInt(written);
      host = authority.substring(0, colon);
    }
    if (host.isEmpty() || !HOST.matcher(Placeholders.replaceAll(host, "placeholder")).matches()) {
      return Optional.empty();
    }
    String path = m.group(3).isEmpty() ? "/" : m.group(3);
    return Optional.of(new Parsed(scheme, host, port, path, m.group(4) == null ? "" : m.group(4)));
  }

  private static int lastColonOutsidePlaceholders(String authority) {
    String[] parts = Placeholders.split(authority, ':', Integer.MAX_VALUE);
    return parts.length < 2 ? -1 : authority.length() - parts[parts.length - 1].length() - 1;
  }

  /**
   * A service name for a backend host: its first label (the second after www),
   * backend for an IP address; a host that is a placeholder gives the name
   * inside it, without gal export's _upstream (${stageVariables.orders_upstream}: orders).
   */
  static String serviceName(String host) {
    List<String> labels = Arrays.asList(Placeholders.split(host, '.', Integer.MAX_VALUE));
    List<String> plain = labels.stream().filter(l -> !Placeholders.templated(l) && !l.isEmpty()).toList();
    if (!plain.isEmpty()) {
      String first = plain.size() > 1 && plain.get(0).equals("www") ? plain.get(1) : plain.get(0);
      return first.matches("\\d+") ? "backend" : label(first).orElse("backend");
    }
    return labels.stream().filter(Placeholders::templated).findFirst().flatMap(HttpUris::label)
        .map(n -> n.endsWith(UPSTREAM_SUFFIX) && n.length() > UPSTREAM_SUFFIX.length() ? n.substring(0, n.length() - UPSTREAM_SUFFIX.length()) : n)
        .orElse("backend");
  }

  /** Whether the host is one stage variable NAME_upstream, as gal export --stage-variables writes it. */
  static boolean isUpstreamVariable(String host) {
    return host.matches("\\$\\{stageVariables\\.[A-Za-z0-9_]+" + UPSTREAM_SUFFIX + "}");
  }

  /**
   * A name made of letters, digits, '-' and '_' from a name that may be a
   * placeholder: ${stageVariables.fn} and ${fn} give fn; empty when nothing is left.
   */
  static Optional<String> label(String text) {
    String inner = text;
    if (Placeholders.whole(text)) {
      inner = text.replaceAll("^[$%]?\\{\\{?|}?}$", "").strip();
      inner = inner.startsWith(STAGE_VARIABLE_PREFIX) ? inner.substring(STAGE_VARIABLE_PREFIX.length()) : inner;
    }
    String name = inner.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^[_-]+|[_-]+$", "");
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }
}
