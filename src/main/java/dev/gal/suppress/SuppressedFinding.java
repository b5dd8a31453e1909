package dev.gal.suppress;

import dev.gal.rule.Finding;

/** A finding that was suppressed, how, and why; {@code baseline} marks a baseline match. */
public record SuppressedFinding(Finding finding, SuppressionKind kind, String justification, boolean baseline) {}
