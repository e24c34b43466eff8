package io.bizcenter.benchmarks.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizcenter.benchmarks.complaints.PlainComplaint;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.json.BizCenterJson;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * What both hand-written JDBC desks store, in the library's own formats: documents as JSON of {@link BizCenterJson}'s
 * storage mapper, events with their type names, instants as the library binds them on the database at hand.
 */
final class DeskDocuments {
  private final ObjectMapper json = BizCenterJson.storageMapper();
  /** MariaDB and MySQL keep instants as DATETIME in UTC, as the library writes them there; the others with a zone. */
  private final boolean mariaDb;
  private final boolean postgres;

  DeskDocuments(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      this.mariaDb = product.contains("mariadb") || product.contains("mysql");
      this.postgres = product.contains("postgresql");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean postgres() {
    return postgres;
  }

  Object utc(Instant at) {
    return mariaDb ? LocalDateTime.ofInstant(at, ZoneOffset.UTC) : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  /** Each event with its type name, as the library stores them. */
  String events(List<DomainEvent> events) {
    ArrayNode all = json.createArrayNode();
    for (DomainEvent e : events) {
      ObjectNode one = all.addObject();
      one.put("type", e.type());
      one.set("event", json.valueToTree(e));
    }
    return all.toString();
  }

  PlainComplaint read(String document) {
    try {
      return json.readValue(document, PlainComplaint.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot decode a complaint", e);
    }
  }
}
