package dev.gal.builtin.paths;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;

import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.model.PathTemplate;
import java.util.Optional;

/** A check of one route path at a time; the subclass says what is wrong with it. */
abstract class PathRule implements GalConfigRule {
  @Override
  public final void check(GalConfig config, RuleContext context) {
    for (GalRoute route : config.routes()) {
      route.path().filter(p -> p.value().startsWith("/")).ifPresent(path ->
          problem(PathTemplate.parse(path.value())).ifPresent(problem -> context.report(path.pointer(),
              "path %s %s".formatted(path.value(), problem))));
    }
  }

  /** What is wrong with the path, or empty. */
  abstract Optional<String> problem(PathTemplate path);

  static Optional<String> none() {
    return Optional.empty();
  }

}
