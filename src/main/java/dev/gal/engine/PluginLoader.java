package dev.gal.engine;

import dev.gal.rule.GalConfigRule;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.Rule;
import dev.gal.rule.RuleInfo;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Loads Java rules from plugin jars through ServiceLoader: a jar lists its
 * rule classes in META-INF/services/dev.gal.rule.GalConfigRule (rules over
 * GAL configs) and META-INF/services/dev.gal.rule.OpenApiRule (rules over
 * OpenAPI documents). Plugins run with the same Rule API as the built-in
 * rules. Only jars the user names are loaded.
 */
public final class PluginLoader {
  /** The rule interfaces a plugin may implement, each with its own service file. */
  private static final List<Class<? extends Rule>> KINDS = List.of(GalConfigRule.class, OpenApiRule.class);

  /** A plugin jar that cannot be used. */
  public static final class PluginException extends Exception {
    private static final long serialVersionUID = 1L;

    PluginException(String message) {
      super(message);
    }
  }

  public List<Rule> load(Path jar) throws PluginException {
    if (!Files.isRegularFile(jar)) {
      throw new PluginException(jar + ": no such plugin jar");
    }
    URL url;
    try {
      url = jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new PluginException(jar + ": " + e.getMessage());
    }
    // The loader stays open for the life of the run: the rules' classes are loaded from it lazily.
    URLClassLoader loader = new URLClassLoader(new URL[] {url}, Rule.class.getClassLoader());
    List<Rule> rules = new ArrayList<>();
    for (Class<? extends Rule> kind : KINDS) {
      rules.addAll(load(jar, kind, loader));
    }
    if (rules.isEmpty()) {
      throw new PluginException(jar + ": no rules found; list them in " + String.join(" or ",
          KINDS.stream().map(k -> "META-INF/services/" + k.getName()).toList()));
    }
    rules.sort(Comparator.comparing(r -> r.meta().id()));
    return rules;
  }

  private static List<Rule> load(Path jar, Class<? extends Rule> kind, URLClassLoader loader) throws PluginException {
    List<Rule> rules = new ArrayList<>();
    try {
      for (Rule rule : ServiceLoader.load(kind, loader)) {
        // ServiceLoader also finds the services of the parent loader's class path; they are not this jar's.
        if (rule.getClass().getClassLoader() != loader) {
          continue;
        }
        if (rule.getClass().getAnnotation(RuleInfo.class) == null) {
          throw new PluginException(jar + ": " + rule.getClass().getName() + " has no @RuleInfo");
        }
        try {
          // Metadata checks itself as it is built: an option whose default its own type refuses is the plugin's
          // mistake, said before any file is linted rather than as a crash in the middle of one.
          rule.meta();
        } catch (RuntimeException e) {
          throw new PluginException(jar + ": " + rule.getClass().getName() + ": " + e.getMessage());
        }
        rules.add(rule);
      }
    } catch (ServiceConfigurationError e) {
      throw new PluginException(jar + ": " + e.getMessage());
    }
    return rules;
  }
}
