package dev.gal.load;

import dev.gal.model.Document;
import dev.gal.model.SourcePosition;
import dev.gal.model.SourceRange;
import dev.gal.model.SourceText;
import dev.gal.rule.Finding;
import java.util.Iterator;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.SpecVersion;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a YAML stream event by event. SnakeYAML Engine's parser gives exact
 * marks; building the tree ourselves lets aliases, merge keys, duplicate keys
 * and every limit be handled with a position.
 */
final class YamlLoader {
  private static final int MIN_BUFFER = 1024;

  private final LoadLimits limits;
  private final int pipelineChars;

  YamlLoader(LoadLimits limits) {
    this(limits, PipelinedEvents.PIPELINE_CHARS);
  }

  /** With the size from which the parser runs on its own thread: tests compare both ways on the same text. */
  YamlLoader(LoadLimits limits, int pipelineChars) {
    this.limits = limits;
    this.pipelineChars = pipelineChars;
  }

  void load(SourceText source, List<Document> documents, List<Finding> findings) {
    // Only a piece longer than the limit, or too long for the smallest buffer, changes what happens next.
    LongTokenScan.Longest longest = LongTokenScan.scan(source.text(), (int) Math.min(MIN_BUFFER, limits.maxStringLength() + 1L));
    if (longest.length() > limits.maxStringLength()) {
      findings.add(Finding.of(LoadDiagnostics.LIMIT, "string of at least %d characters exceeds the limit of %d"
          .formatted(longest.length(), limits.maxStringLength()), SourceRange.at(new SourcePosition(longest.line(), longest.column())), null));
      return;
    }
    LoadSettings settings = LoadSettings.builder()
        .setLabel(source.displayPath())
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
        .setUseMarks(true)
        // A buffer longer than the longest token keeps the reader's look-ahead copies linear.
        .setBufferSize(Math.max(MIN_BUFFER, longest.length() + 1))
        .build();
    // The parser is built from its parts so that the reader can say where it stopped
    // when an error carries no position of its own.
    StreamReader reader = new StreamReader(settings, source.text());
    Iterator<ParsedEvent> parsed = ParsedEvent.all(new ParserImpl(settings, reader));
    PipelinedEvents<ParsedEvent> pipelined = PipelinedEvents.forText(parsed, source.text().length(), pipelineChars,
        source.displayPath());
    Iterator<ParsedEvent> events = pipelined == null ? parsed : pipelined;
    TreeBuilder builder = null;
    ValueBudget values = new ValueBudget(limits.maxValues());
    int documentCount = 0;
    try {
      while (events.hasNext()) {
        ParsedEvent event = events.next();
        switch (event.id()) {
          case DocumentStart -> {
            builder = new TreeBuilder(limits, findings, values);
            if (++documentCount > limits.maxDocuments()) {
              findings.add(Finding.of(LoadDiagnostics.LIMIT, "more than %d documents in one file exceeds the document limit"
                  .formatted(limits.maxDocuments()), SourceRange.at(event.start()), null));
              return;
            }
          }
          case DocumentEnd -> {
            if (builder != null && builder.root() != null) {
              documents.add(new Document(source, documentCount, builder.root(), builder.index()));
            }
            builder = null;
          }
          default -> {
            if (builder != null) {
              try {
                feed(builder, event);
              } catch (LoadAbort abort) {
                // Stop reading the stream: the scanner's cost can grow with what
                // follows (deep flow nesting is quadratic in SnakeYAML's scanner).
                findings.add(abort.finding());
                return;
              }
            }
          }
        }
      }
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      SourcePosition at = mark == null ? SourcePosition.START : ParsedEvent.position(mark);
      findings.add(Finding.of(LoadDiagnostics.SYNTAX, describe(e), SourceRange.at(at), null));
    } catch (ReaderException e) {
      findings.add(ForbiddenCharacters.first(source.text(), source.text().length(), ForbiddenCharacters.YAML, "YAML",
          "inside a double-quoted string").orElseGet(() -> syntaxError(e.getMessage(), reader)));
    } catch (YamlVersionException e) {
      findings.add(versionDirective(e.getSpecVersion(), source, reader));
    } catch (YamlEngineException e) {
      findings.add(syntaxError(e.getMessage(), reader));
    } finally {
      if (pipelined != null) {
        pipelined.close();
      }
    }
  }

  /** An error without a position of its own, at the place where the reader stopped. */
  private static Finding syntaxError(String message, StreamReader reader) {
    return Finding.of(LoadDiagnostics.SYNTAX, "YAML syntax error: " + message,
        SourceRange.at(new SourcePosition(reader.getLine() + 1, reader.getColumn() + 1)), null);
  }

  /** A %YAML directive of a version other than 1.x, found at the last such line the reader has passed. */
  private static Finding versionDirective(SpecVersion version, SourceText source, StreamReader reader) {
    int line = reader.getLine() + 1;
    while (line > 1 && !source.line(line).startsWith("%YAML")) {
      line--;
    }
    return Finding.of(LoadDiagnostics.SYNTAX, "%%YAML %d.%d: gal reads YAML 1.x; write %%YAML 1.2 or remove the directive"
        .formatted(version.getMajor(), version.getMinor()), SourceRange.at(new SourcePosition(line, 1)), null);
  }

  private static void feed(TreeBuilder builder, ParsedEvent parsed) {
    Event event = parsed.event();
    switch (parsed.id()) {
      case Scalar -> {
        ScalarEvent scalar = (ScalarEvent) event;
        builder.scalar(parsed.scalar(), scalar.getValue(), scalar.isPlain(), parsed.range(), parsed.anchor());
      }
      case MappingStart -> builder.startContainer(true, parsed.start(), parsed.anchor());
      case SequenceStart -> builder.startContainer(false, parsed.start(), parsed.anchor());
      case MappingEnd, SequenceEnd -> builder.endContainer(parsed.end());
      case Alias -> builder.alias(((AliasEvent) event).getAlias().getValue(), parsed.range());
      default -> {
        // stream markers and comments carry no content
      }
    }
  }

  /** The parser's problem, and where the construct it was reading began when that is elsewhere. */
  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    String text = problem;
    if (!context.isEmpty()) {
      String where = e.getContextMark()
          .filter(m -> e.getProblemMark().map(p -> p.getLine() != m.getLine()).orElse(true))
          .map(m -> " that starts at line %d, column %d".formatted(m.getLine() + 1, m.getColumn() + 1))
          .orElse("");
      text = problem + " (" + context + where + ")";
    }
    return "YAML syntax error: " + text.replaceAll("\\s+", " ").trim();
  }

}
