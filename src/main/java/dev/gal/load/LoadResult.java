package dev.gal.load;

import dev.gal.model.Document;
import dev.gal.model.SourceText;
import dev.gal.rule.Finding;
import java.util.List;

/** The documents a file held, and the problems met while reading it. */
public record LoadResult(SourceText source, List<Document> documents, List<Finding> findings) {}
