package dev.gal.rule;

import java.util.Locale;

/** How bad a finding is. Declared from most to least severe. */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  INFO("note");

  private final String sarifLevel;

  Severity(String sarifLevel) {
    this.sarifLevel = sarifLevel;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String sarifLevel() {
    return sarifLevel;
  }

  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }
}
