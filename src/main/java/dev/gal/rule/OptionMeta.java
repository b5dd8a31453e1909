package dev.gal.rule;

/** An option of a rule as docs and validation see it. */
public record OptionMeta(String name, String defaultValue, String description) {}
