package io.bizcenter.core.activity;

import io.bizcenter.core.port.AuditEntry;
import java.io.IOException;
import java.util.List;

/**
 * How the activity log is exported: one line per audit entry, with who (staff, role, department), when, which case,
 * which step under which clause and policy, and the states before and after. An entry's events are left out: they hold
 * what a case says (a complainant's name and phone, free text), which its own trail shows to its readers, while an
 * export leaves the library as a file.
 */
public enum ActivityFormat {
  /** One JSON object per line (JSON Lines), UTF-8 as written; a missing state before is {@code null}. */
  JSON_LINES {
    @Override
    public String header() {
      return "";
    }

    @Override
    public String line(AuditEntry e) {
      StringBuilder out = new StringBuilder("{");
      List<String> values = cells(e);
      for (int i = 0; i < COLUMNS.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(json(COLUMNS.get(i))).append(':');
        String value = values.get(i);
        if (COLUMNS.get(i).equals("version")) {
          out.append(value);
        } else if (value == null) {
          out.append("null");
        } else {
          out.append(json(value));
        }
      }
      return out.append("}\n").toString();
    }
  },
  /**
   * Comma-separated values per RFC 4180: a header row, CRLF line ends, a cell quoted when it holds a comma, quote or
   * line break, quotes doubled. A cell that a spreadsheet would read as a formula (starting with {@code = + - @}, tab or
   * carriage return) gets a leading apostrophe, so an id typed as {@code =HYPERLINK(...)} stays text.
   */
  CSV {
    @Override
    public String header() {
      return String.join(",", COLUMNS) + "\r\n";
    }

    @Override
    public String line(AuditEntry e) {
      StringBuilder out = new StringBuilder();
      List<String> values = cells(e);
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(cell(values.get(i)));
      }
      return out.append("\r\n").toString();
    }
  };

  /** The columns of both formats, in order. */
  public static final List<String> COLUMNS = List.of("at", "center", "procedure", "caseId", "version", "staff", "role", "department",
      "action", "clause", "policy", "from", "to", "commandId");

  /** What comes before the first entry: the CSV header row; nothing for JSON lines. */
  public abstract String header();

  /** One entry, with its line end. */
  public abstract String line(AuditEntry entry);

  /** The entries of a page, one line each, without the header. */
  public void write(List<AuditEntry> entries, Appendable out) throws IOException {
    for (AuditEntry e : entries) {
      out.append(line(e));
    }
  }

  /** A page as one text: the header, then a line per entry. */
  public String text(List<AuditEntry> entries) {
    StringBuilder out = new StringBuilder(header());
    entries.forEach(e -> out.append(line(e)));
    return out.toString();
  }

  private static List<String> cells(AuditEntry e) {
    return java.util.Arrays.asList(e.at().toString(), e.center().value(), e.procedure(), e.caseId(), Long.toString(e.version()),
        e.staff().value(), e.role().name(), e.department().name(), e.action(), e.clause().id(), e.policy().value(), e.from().orElse(null),
        e.to(), e.commandId().value());
  }

  static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // control characters, and the line separators JavaScript reads as line ends, as escapes
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
