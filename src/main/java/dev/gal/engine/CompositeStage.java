package dev.gal.engine;

import java.util.List;

/** A stage made of others, which are timed each under its own name rather than the whole under one. */
interface CompositeStage extends Stage {
  List<Stage> parts();
}
