package dev.gal.pack;

import java.util.List;

/** A named set of declarative rules, from the bundled rules/ folder or a user's file. */
public record RulePack(String name, List<PackRule> rules) {}
