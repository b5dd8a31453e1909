package dev.gal.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.SourcePosition;
import dev.gal.model.SourceRange;
import java.util.Iterator;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * A parser event with what the tree builder needs from it worked out: its
 * positions, its anchor, and for a scalar the JSON value. Working it out is a
 * good part of a large file's load, and on a large file it is done on the
 * parser's thread, beside the tree builder.
 */
record ParsedEvent(Event event, SourceRange range, String anchor, JsonNode scalar) {
  static ParsedEvent of(Event event) {
    SourcePosition start = event.getStartMark().map(ParsedEvent::position).orElse(SourcePosition.START);
    SourcePosition end = event.getEndMark().map(ParsedEvent::position).orElse(start);
    String anchor = event instanceof NodeEvent node ? node.getAnchor().map(Anchor::getValue).orElse(null) : null;
    JsonNode scalar = event instanceof ScalarEvent value ? YamlScalars.toNode(value) : null;
    return new ParsedEvent(event, new SourceRange(start, end), anchor, scalar);
  }

  /** The parser's events, each worked out on whichever thread asks for the next one. */
  static Iterator<ParsedEvent> all(Iterator<Event> parser) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return parser.hasNext();
      }

      @Override
      public ParsedEvent next() {
        return of(parser.next());
      }
    };
  }

  Event.ID id() {
    return event.getEventId();
  }

  SourcePosition start() {
    return range.start();
  }

  SourcePosition end() {
    return range.end();
  }

  static SourcePosition position(Mark mark) {
    return new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
  }
}
