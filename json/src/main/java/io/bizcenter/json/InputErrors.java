package io.bizcenter.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Rejection.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a document from outside could not be read, as core's own {@link InvalidInput}: the field by its JSON path
 * ({@code complainant.phone}, {@code items[2].name}, {@code $} for the document itself, {@code *} for a name sent that is
 * not a plain name) and the problem. Jackson's message is never passed on: it may quote the input.
 */
final class InputErrors {
  /** The document itself, when no field is to blame. */
  static final String DOCUMENT = "$";
  // Immutables' builder: "Cannot build Complaint, some of required attributes are not set [content, receivedAt]"
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final Pattern NOT_SET = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");

  private InputErrors() {}

  static InvalidInput missing() {
    return new InvalidInput(List.of(FieldError.of(DOCUMENT, Problem.MISSING)));
  }

  static InvalidInput tooLarge() {
    return new InvalidInput(List.of(FieldError.of(DOCUMENT, Problem.TOO_LONG, BizCenterJson.LARGEST_DOCUMENT)));
  }

  static InvalidInput of(Exception e, JsonParser parser) {
    return new InvalidInput(errors(e, parser));
  }

  private static List<FieldError> errors(Exception e, JsonParser parser) {
    // a mapping problem names its field by Jackson's path; a parsing problem by where the parser stands
    String path = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : path(parser);
    StreamConstraintsException limit = e instanceof StreamConstraintsException own ? own
        : e instanceof JsonMappingException && e.getCause() instanceof StreamConstraintsException cause ? cause : null;
    if (limit != null) {
      return List.of(limit(limit, path));
    }
    StreamReadException repeated = repeatedName(e);
    if (repeated != null) {
      // a record's reader wraps it at the record's path: where the parser stood names the repeated field itself
      return List.of(FieldError.of(path(repeated.getProcessor() != null ? repeated.getProcessor() : parser), Problem.NOT_ALLOWED));
    }
    if (e instanceof MoneyJson.MissingPart) {
      return List.of(FieldError.of(path, Problem.MISSING));
    }
    if (e instanceof UnrecognizedPropertyException) {
      return List.of(FieldError.of(path, Problem.NOT_ALLOWED));
    }
    Throwable cause = e instanceof ValueInstantiationException ? e.getCause() : e;
    if (cause instanceof IllegalStateException && cause.getMessage() != null) {
      Matcher notSet = NOT_SET.matcher(cause.getMessage());
      if (notSet.find()) {
        List<FieldError> missing = new ArrayList<>();
        for (String attribute : notSet.group(1).split(",\\s*")) {
          missing.add(FieldError.of(DOCUMENT.equals(path) ? attribute : path + "." + attribute, Problem.MISSING));
        }
        return missing;
      }
    }
    return List.of(FieldError.of(path, Problem.MALFORMED));
  }

  /** The parser's complaint of a name repeated in one object, wrapped or not; Jackson has no type of its own for it. */
  private static StreamReadException repeatedName(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StreamReadException read && read.getOriginalMessage() != null && read.getOriginalMessage().startsWith("Duplicate field '")) {
        return read;
      }
    }
    return null;
  }

  /**
   * A limit of input passed: a text or number too long at its field; the whole document too large, or nested too deep,
   * at {@code $}, since wherever the parser stood is not to blame. Core has no problem for depth: MALFORMED, never "at
   * most 32 characters". Jackson tells the limits apart only by their messages.
   */
  private static FieldError limit(StreamConstraintsException limit, String path) {
    String message = limit.getOriginalMessage() == null ? "" : limit.getOriginalMessage();
    if (message.startsWith("Document length")) {
      return tooLarge().errors().get(0);
    }
    if (message.startsWith("Document nesting depth")) {
      return FieldError.of(DOCUMENT, Problem.MALFORMED);
    }
    return FieldError.of(path, Problem.TOO_LONG, limit(message));
  }

  /** The limit a constraint names ("exceeds the maximum allowed (65536, from ...)"), or nothing. */
  private static Object limit(String message) {
    Matcher number = Pattern.compile("maximum (?:allowed )?\\(?(\\d+)").matcher(message == null ? "" : message);
    return number.find() ? Long.parseLong(number.group(1)) : BizCenterJson.LONGEST_TEXT;
  }

  /** A field's name as sent, if it is a plain name; anything else (a megabyte, a quote, a control character) shows as {@code *}. */
  private static String name(String sent) {
    return sent != null && PLAIN_NAME.matcher(sent).matches() ? sent : "*";
  }

  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(name(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? DOCUMENT : path.toString();
  }

  private static String path(JsonParser parser) {
    if (parser == null) {
      return DOCUMENT;
    }
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        parts.add(0, "." + name(c.getCurrentName()));
      } else if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      }
    }
    String path = String.join("", parts);
    path = path.startsWith(".") ? path.substring(1) : path;
    return path.isEmpty() ? DOCUMENT : path;
  }
}
