package io.bizcenter.examples.webdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A web desk on a fresh in-memory center at a free port, and a plain HTTP client talking to it as the page does. */
final class DeskApi implements AutoCloseable {
  record Answer(int status, String body, JsonNode json) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  final DeskServer server;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The desk's clock: running, but set to nine this morning in the property's zone, so today's deadlines fall today. */
  final Clock clock = morning();

  DeskApi() {
    try {
      BusinessCenter center = WebDesk.open(new InMemoryStorage(), clock, new PrintStream(OutputStream.nullOutputStream()));
      this.server = DeskServer.start(center, WebDesk.TOWER, clock, new InetSocketAddress("localhost", 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test run late in the evening would find the two-hour deadlines of its cases due tomorrow, off today's agenda. */
  private static Clock morning() {
    Instant now = Instant.now();
    Instant nine = LocalDate.ofInstant(now, BusinessCenter.DEFAULT_ZONE).atTime(LocalTime.of(9, 0)).atZone(BusinessCenter.DEFAULT_ZONE).toInstant();
    return Clock.offset(Clock.systemUTC(), Duration.between(now, nine));
  }

  URI uri(String path) {
    return server.uri().resolve(path);
  }

  Answer post(String path, String body) {
    return post(path, body, "Content-Type", "application/json");
  }

  /** A POST with the headers given as name, value, ...: what a page on another site, or a plain form, sends. */
  Answer post(String path, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return send(headers.length == 0 ? request.build() : request.headers(headers).build());
  }

  /** A GET with the headers given as name, value, ... */
  Answer get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    return send(headers.length == 0 ? request.build() : request.headers(headers).build());
  }

  /** The answer's status and body as bytes: for the font. */
  HttpResponse<byte[]> bytes(String path) {
    try {
      return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode json = response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
          ? JSON.readTree(response.body()) : null;
      return new Answer(response.statusCode(), response.body(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
