package io.bizcenter.core.privacy;

import io.bizcenter.core.kernel.CenterId;
import java.time.Instant;
import java.util.List;

/**
 * Everything a center holds about one person (PIPL art. 45), case by case: which procedure and case, where the case
 * stands, and the person's names, phone and identity numbers and the free texts that mention them, in clear. It is
 * what the person may see, and only that person: hand it over, never log it.
 */
public record PersonalDataReport(CenterId center, Instant at, List<Holding> cases) {
  public PersonalDataReport {
    cases = List.copyOf(cases);
  }

  /**
   * One case that holds the person's data, read from the case, its audit trail and its receipts.
   *
   * @param texts free texts of the case (contents, notes, letters) that mention one of the person's identifiers
   */
  public record Holding(String procedure, String caseId, String state, boolean closed, List<String> names, List<String> phones,
      List<String> identityNumbers, List<String> texts) {
    public Holding {
      names = List.copyOf(names);
      phones = List.copyOf(phones);
      identityNumbers = List.copyOf(identityNumbers);
      texts = List.copyOf(texts);
    }

    @Override
    public String toString() {
      return "Holding[" + procedure + "/" + caseId + ", " + state + "]";
    }
  }

  /** The report as one JSON object, UTF-8 text, for the person's copy or a vendor's screen. */
  public String toJson() {
    StringBuilder json = new StringBuilder("{\"center\":");
    string(json, center.value()).append(",\"at\":");
    string(json, at.toString()).append(",\"cases\":[");
    for (int i = 0; i < cases.size(); i++) {
      Holding h = cases.get(i);
      json.append(i == 0 ? "" : ",").append("{\"procedure\":");
      string(json, h.procedure()).append(",\"case\":");
      string(json, h.caseId()).append(",\"state\":");
      string(json, h.state()).append(",\"closed\":").append(h.closed());
      strings(json.append(",\"names\":"), h.names());
      strings(json.append(",\"phones\":"), h.phones());
      strings(json.append(",\"identityNumbers\":"), h.identityNumbers());
      strings(json.append(",\"texts\":"), h.texts());
      json.append('}');
    }
    return json.append("]}").toString();
  }

  @Override
  public String toString() {
    return "PersonalDataReport[" + center + ", " + cases.size() + " cases]";
  }

  private static void strings(StringBuilder json, List<String> values) {
    json.append('[');
    for (int i = 0; i < values.size(); i++) {
      string(json.append(i == 0 ? "" : ","), values.get(i));
    }
    json.append(']');
  }

  /** A JSON string (RFC 8259): quotes, backslashes and every control character escaped. */
  private static StringBuilder string(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }
}
