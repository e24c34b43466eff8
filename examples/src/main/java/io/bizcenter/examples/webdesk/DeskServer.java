package io.bizcenter.examples.webdesk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.LogText;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.TimeRange;
import io.bizcenter.core.port.ActivityQuery;
import io.bizcenter.forms.Form;
import io.bizcenter.forms.FormPrinter;
import io.bizcenter.json.Labels;
import io.bizcenter.json.ProcedureTypes;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web desk's HTTP API and its page, on the JDK's own HTTP server: the library needs no web framework, and neither
 * does a reference desk a vendor reads in an afternoon. Every answer is JSON (the page, its script, the diagram's SVG
 * and the printed form aside); bad input of any kind is a 4xx carrying the typed rejection, never a 500, and a body
 * over {@value #LARGEST_BODY} bytes is refused with 413 before it is read.
 *
 * <p>Only the desk's own page may talk to it: a request must name the desk's loopback address and port in its
 * {@code Host} (a page on another site whose name was rebound to 127.0.0.1 names its own), an {@code Origin}, when sent,
 * must be the desk's own, and a command must be {@code application/json}, which a page on another site cannot send
 * without the browser asking first (a plain form or a {@code text/plain} fetch can).
 */
public final class DeskServer implements AutoCloseable {
  /** The largest command body read: a command's longest text is a few thousand characters. */
  public static final int LARGEST_BODY = 64 * 1024;
  /** A body longer than {@link #LARGEST_BODY} but at most this long is read and dropped before the 413 goes out. */
  static final int SWALLOWED = 1024 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(DeskServer.class);
  private static final String STATIC = "io/bizcenter/examples/webdesk/";
  private static final Map<String, String> PAGES = Map.of("/", "index.html", "/desk.js", "desk.js", "/desk.css", "desk.css");
  /** The longest case id a URL may name: core's longest id, above the 64 characters a command may name a case by. */
  static final int LONGEST_CASE_ID = Command.COMMAND_ID_LENGTH;
  private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'";

  private final BusinessCenter center;
  private final CenterId tower;
  private final Clock clock;
  private final Seats seats;
  private final Map<String, Counter<?, ?, ?, ?>> counters = new LinkedHashMap<>();
  private final WireFormat wire = new WireFormat();
  private final FormPrinter printer = FormPrinter.defaults();
  private final HttpServer http;
  private final ExecutorService workers = Executors.newFixedThreadPool(4);

  private DeskServer(BusinessCenter center, CenterId tower, Clock clock, InetSocketAddress address) throws IOException {
    this.center = center;
    this.tower = tower;
    this.clock = clock;
    for (Counter<?, ?, ?, ?> counter : List.of(Counter.complaints(center), Counter.keys(center), Counter.meetings(center))) {
      counters.put(counter.name(), counter);
    }
    this.seats = Seats.of(counters.values().stream().map(Counter::definition).toList(), tower);
    this.http = HttpServer.create(address, 16);
    http.createContext("/", this::answer);
    http.setExecutor(workers);
  }

  /** Starts serving {@code center}'s desk for {@code tower} on {@code address} (port 0: any free port). */
  public static DeskServer start(BusinessCenter center, CenterId tower, Clock clock, InetSocketAddress address) throws IOException {
    DeskServer server = new DeskServer(center, tower, clock, address);
    server.http.start();
    return server;
  }

  public URI uri() {
    return URI.create("http://localhost:" + http.getAddress().getPort() + "/");
  }

  @Override
  public void close() {
    http.stop(0);
    workers.shutdownNow();
  }

  private void answer(HttpExchange exchange) throws IOException {
    // closed in finally, not by try-with-resources: a resource is closed before a catch clause could still answer
    try {
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      route(exchange);
    } catch (RuntimeException e) {
      // broken infrastructure only: bad input never gets here; the method and path are logged escaped and bounded
      LOG.error("the web desk failed on {} {}", LogText.of(exchange.getRequestMethod()), LogText.of(exchange.getRequestURI().getRawPath()), e);
      send(exchange, 500, "application/json", "{\"code\":\"INTERNAL_ERROR\"}");
    } finally {
      exchange.close();
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    List<String> hosts = exchange.getRequestHeaders().getOrDefault("Host", List.of());
    String host = hosts.size() == 1 ? hosts.get(0).trim().toLowerCase(Locale.ROOT) : "";
    if (!ownHosts().contains(host)) {
      reject(exchange, 421, invalid("Host", Problem.NOT_ALLOWED));
      return;
    }
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin != null && !origin.trim().toLowerCase(Locale.ROOT).equals("http://" + host)) {
      reject(exchange, 403, invalid("Origin", Problem.NOT_ALLOWED));
      return;
    }
    String path = exchange.getRequestURI().getRawPath();
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    String method = exchange.getRequestMethod();
    if (PAGES.containsKey(path)) {
      if (!method.equals("GET")) {
        reject(exchange, 405, invalid("method", Problem.NOT_ALLOWED));
        return;
      }
      page(exchange, PAGES.get(path));
      return;
    }
    if (path.equals(FormPrinter.FONT_URL)) {
      resource(exchange, "META-INF/resources" + FormPrinter.FONT_URL, "font/ttf");
      return;
    }
    Optional<List<String>> segments = segments(path);
    if (segments.isEmpty()) {
      reject(exchange, 400, invalid("path", Problem.MALFORMED));
      return;
    }
    List<String> parts = segments.get();
    if (parts.size() < 3 || !parts.get(1).equals("api")) {
      reject(exchange, 404, invalid("path", Problem.NOT_ALLOWED));
      return;
    }
    Either<Rejection, Locale> language = language(query.get("lang"));
    if (language.isLeft()) {
      reject(exchange, 400, language.getLeft());
      return;
    }
    Locale locale = language.get();
    boolean post = method.equals("POST");
    if (!method.equals("GET") && !post) {
      reject(exchange, 405, invalid("method", Problem.NOT_ALLOWED));
      return;
    }
    if (post != (parts.size() == 5 && parts.get(3).equals("commands"))) {
      reject(exchange, 405, invalid("method", Problem.NOT_ALLOWED));
      return;
    }
    if (parts.size() == 3 && parts.get(2).equals("desk")) {
      // times shown in the property's zone; WebDesk builds its center on the default zone
      json(exchange, wire.object().put("center", tower.value()).put("zone", BusinessCenter.DEFAULT_ZONE.getId())
          .put("now", clock.instant().toString()).put("largestBody", LARGEST_BODY));
      return;
    }
    if (parts.size() == 3 && parts.get(2).equals("seats")) {
      json(exchange, seats.json(wire, locale));
      return;
    }
    if (parts.size() == 3 && parts.get(2).equals("procedures")) {
      json(exchange, procedures(locale));
      return;
    }
    Either<Rejection, Actor> seat = seats.actor(query.get("seat"));
    if (parts.size() == 3 && parts.get(2).equals("agenda")) {
      answer(exchange, seat.map(actor -> wire.agenda(center.agenda().dueToday(actor, tower), locale)));
      return;
    }
    Counter<?, ?, ?, ?> counter = counters.get(parts.get(2));
    if (counter == null) {
      reject(exchange, 404, invalid("procedure", Problem.NOT_ALLOWED));
      return;
    }
    String what = parts.size() > 3 ? parts.get(3) : "";
    if (parts.size() == 4 && what.equals("cases")) {
      answer(exchange, seat.flatMap(actor -> cases(counter, actor, locale)));
    } else if (parts.size() == 4 && what.equals("opening")) {
      answer(exchange, seat.map(actor -> actions(counter, counter.openingActions().apply(actor), locale)));
    } else if (parts.size() == 4 && what.equals("diagram.mmd")) {
      // the same declaration as Mermaid text, for a front end that draws with Mermaid
      send(exchange, 200, "text/plain; charset=utf-8", counter.definition().mermaid(locale));
    } else if (parts.size() == 4 && what.equals("diagram.svg")) {
      Optional<String> caseId = Optional.ofNullable(query.get("case"));
      // a bad case id is refused before the seat is looked at, as on the case's own path
      diagram(exchange, counter, caseId.map(id -> caseId("case", id).flatMap(checked -> seat)).orElse(seat), caseId, locale);
    } else if (parts.size() == 5 && what.equals("cases")) {
      answer(exchange, caseId("caseId", parts.get(4)).flatMap(id -> seat.flatMap(actor -> oneCase(counter, actor, id, locale))));
    } else if (parts.size() == 6 && what.equals("cases") && parts.get(5).equals("form")) {
      form(exchange, counter, caseId("caseId", parts.get(4)).flatMap(id -> seat), parts.get(4), locale);
    } else if (parts.size() == 6 && what.equals("commands") && parts.get(5).equals("schema")) {
      answer(exchange, command(counter, parts.get(4)).map(type -> wire.schema(type, locale)));
    } else if (parts.size() == 5 && what.equals("commands")) {
      submit(exchange, counter, seat, parts.get(4), locale);
    } else {
      reject(exchange, 404, invalid("path", Problem.NOT_ALLOWED));
    }
  }

  private ArrayNode procedures(Locale locale) {
    ArrayNode out = wire.array();
    counters.values().forEach(counter -> out.addObject()
        .put("name", counter.name())
        .put("label", Labels.procedure(counter.name(), locale))
        .put("form", counter.form().isPresent()));
    return out;
  }

  /** The cases of the procedure the seat reads, newest activity first, from the center's audit trail (GS-6). */
  private Either<Rejection, ArrayNode> cases(Counter<?, ?, ?, ?> counter, Actor actor, Locale locale) {
    ActivityQuery query = ActivityQuery.of(tower, TimeRange.EARLIEST, clock.instant().plus(Duration.ofDays(1)))
        .withProcedure(counter.name()).withPageSize(ActivityQuery.MAX_PAGE_SIZE);
    return center.activity().log(actor, query).map(page -> {
      Set<String> ids = new LinkedHashSet<>();
      page.entries().forEach(entry -> ids.add(entry.caseId()));
      ArrayNode out = wire.array();
      ids.stream().limit(50).forEach(id -> counter.find().ask(actor, tower, id).peek(c -> out.add(wire.caseOf(c, locale))));
      return out;
    });
  }

  private Either<Rejection, ObjectNode> oneCase(Counter<?, ?, ?, ?> counter, Actor actor, String id, Locale locale) {
    return counter.find().ask(actor, tower, id).flatMap(found -> counter.trail().ask(actor, tower, id)
        .flatMap(trail -> counter.availableActions().ask(actor, tower, id).map(actions -> {
          ObjectNode out = wire.object();
          out.put("procedure", counter.name());
          out.set("case", wire.caseOf(found, locale));
          out.set("trail", wire.trail(trail, locale));
          out.set("actions", actions(counter, actions, locale));
          return out;
        })));
  }

  /** Each action with its label and the command record that asks for it: the page's buttons. */
  private ArrayNode actions(Counter<?, ?, ?, ?> counter, List<? extends Enum<?>> actions, Locale locale) {
    ArrayNode out = wire.array();
    for (Enum<?> action : actions) {
      out.addObject()
          .put("action", action.name())
          .put("label", Labels.of(action, locale))
          .put("command", ProcedureTypes.commandName(counter.commands().get(action)));
    }
    return out;
  }

  private Either<Rejection, Class<? extends Command>> command(Counter<?, ?, ?, ?> counter, String name) {
    return counter.command(name).<Either<Rejection, Class<? extends Command>>>map(Either::right)
        .orElseGet(() -> Either.left(invalid("command", Problem.NOT_ALLOWED)));
  }

  private void submit(HttpExchange exchange, Counter<?, ?, ?, ?> counter, Either<Rejection, Actor> seat, String name, Locale locale)
      throws IOException {
    Optional<byte[]> body = body(exchange);
    if (body.isEmpty()) {
      exchange.getResponseHeaders().set("Connection", "close");
      reject(exchange, 413, invalid("body", Problem.TOO_LONG, LARGEST_BODY));
      return;
    }
    String mediaType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
    if (!mediaType.split(";", 2)[0].trim().equalsIgnoreCase("application/json")) {
      reject(exchange, 415, invalid("Content-Type", Problem.NOT_ALLOWED));
      return;
    }
    Either<Rejection, ? extends Case<?, ?>> decided = seat.flatMap(actor -> command(counter, name)
        .flatMap(type -> wire.command(type, body.get()))
        .flatMap(command -> counter.submit(command, actor)));
    answer(exchange, decided.map(c -> {
      ObjectNode out = wire.object();
      out.set("case", wire.caseOf(c, locale));
      return out;
    }));
  }

  /**
   * The body, if it is at most {@value #LARGEST_BODY} bytes; empty when it is longer, told by its declared length
   * before a byte is read, or by reading one byte past the limit when no length was declared. A longer body of up to
   * {@value #SWALLOWED} bytes is read and dropped, so that the client, still sending, gets the 413 rather than a reset
   * connection (Tomcat's "max swallow size"); anything longer is left unread and the connection closed after the answer.
   */
  private static Optional<byte[]> body(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (length > LARGEST_BODY) {
        if (length <= SWALLOWED) {
          in.transferTo(OutputStream.nullOutputStream());
        }
        return Optional.empty();
      }
    }
    byte[] read = in.readNBytes(LARGEST_BODY + 1);
    if (read.length > LARGEST_BODY) {
      swallow(in);
      return Optional.empty();
    }
    in.close();
    return Optional.of(read);
  }

  /** Reads and drops at most {@value #SWALLOWED} more bytes of a body sent without a length; not closed: closing would read on. */
  private static void swallow(InputStream in) throws IOException {
    byte[] dropped = new byte[8192];
    long left = SWALLOWED;
    int n;
    while (left > 0 && (n = in.read(dropped, 0, (int) Math.min(dropped.length, left))) > 0) {
      left -= n;
    }
  }

  private void diagram(HttpExchange exchange, Counter<?, ?, ?, ?> counter, Either<Rejection, Actor> seat, Optional<String> caseId,
      Locale locale) throws IOException {
    Optional<Enum<?>> current = Optional.empty();
    if (caseId.isPresent()) {
      Either<Rejection, ? extends Case<?, ?>> found = seat.flatMap(actor -> counter.find().ask(actor, tower, caseId.get()));
      if (found.isLeft()) {
        reject(exchange, status(found.getLeft()), found.getLeft());
        return;
      }
      current = Optional.of(found.get().state());
    }
    exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    send(exchange, 200, "image/svg+xml; charset=utf-8", StateDiagram.svg(counter.definition(), current, locale));
  }

  private void form(HttpExchange exchange, Counter<?, ?, ?, ?> counter, Either<Rejection, Actor> seat, String id, Locale locale)
      throws IOException {
    if (counter.form().isEmpty()) {
      reject(exchange, 404, invalid("form", Problem.NOT_ALLOWED));
      return;
    }
    Either<Rejection, Form> printed = seat.flatMap(actor -> counter.printed(actor, tower, id));
    if (printed.isLeft()) {
      reject(exchange, status(printed.getLeft()), printed.getLeft());
      return;
    }
    // the form's own styles are inline; it runs no script
    exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'none'");
    send(exchange, 200, "text/html; charset=utf-8", printer.html(printed.get(), locale));
  }

  private void page(HttpExchange exchange, String name) throws IOException {
    String type = name.endsWith(".js") ? "text/javascript; charset=utf-8" : name.endsWith(".css") ? "text/css; charset=utf-8"
        : "text/html; charset=utf-8";
    exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
    resource(exchange, STATIC + name, type);
  }

  private void resource(HttpExchange exchange, String name, String type) throws IOException {
    try (InputStream in = DeskServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        reject(exchange, 404, invalid("path", Problem.NOT_ALLOWED));
        return;
      }
      byte[] bytes = in.readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private void answer(HttpExchange exchange, Either<Rejection, ? extends com.fasterxml.jackson.databind.JsonNode> answer) throws IOException {
    if (answer.isLeft()) {
      reject(exchange, status(answer.getLeft()), answer.getLeft());
    } else {
      json(exchange, answer.get());
    }
  }

  private void json(HttpExchange exchange, com.fasterxml.jackson.databind.JsonNode node) throws IOException {
    send(exchange, 200, "application/json; charset=utf-8", wire.write(node));
  }

  private void reject(HttpExchange exchange, int status, Rejection rejection) throws IOException {
    ObjectNode out = wire.object();
    out.set("rejection", wire.rejection(rejection));
    send(exchange, status, "application/json; charset=utf-8", wire.write(out));
  }

  /** The HTTP status of a rejection: bad input 400, an unknown case 404, a seat that may not 403, a rule or a race 409 or 422. */
  static int status(Rejection rejection) {
    if (rejection instanceof Rejection.InvalidInput) {
      return 400;
    }
    if (rejection instanceof Rejection.CaseNotFound || rejection instanceof Rejection.NotInYourCenter) {
      return 404;
    }
    if (rejection instanceof Rejection.ActorNotPermitted || rejection instanceof Rejection.NotAReader) {
      return 403;
    }
    if (rejection instanceof Rejection.ActionNotAllowed || rejection instanceof Rejection.VersionConflict
        || rejection instanceof Rejection.CommandIdReused) {
      return 409;
    }
    return 422;
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** The Host values that name this desk: its loopback address, by name or number, with its port. */
  private Set<String> ownHosts() {
    int port = http.getAddress().getPort();
    return Set.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port);
  }

  /** A case id from a URL, refused unread when empty or longer than any case id: a 5,000-character id is not echoed. */
  private static Either<Rejection, String> caseId(String field, String id) {
    if (id.isEmpty()) {
      return Either.left(invalid(field, Problem.BLANK));
    }
    if (id.length() > LONGEST_CASE_ID * 2 || id.codePointCount(0, id.length()) > LONGEST_CASE_ID) {
      return Either.left(invalid(field, Problem.TOO_LONG, LONGEST_CASE_ID));
    }
    return Either.right(id);
  }

  /**
   * The path's segments, each percent-decoded as UTF-8; empty when an escape is cut short or the bytes are not UTF-8.
   * Decoded here rather than by {@link URLDecoder}, which reads {@code +} as a space and replaces bad bytes silently.
   */
  static Optional<List<String>> segments(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String raw : rawPath.split("/", -1)) {
      StringBuilder segment = new StringBuilder();
      int i = 0;
      while (i < raw.length()) {
        if (raw.charAt(i) != '%') {
          segment.append(raw.charAt(i++));
          continue;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (i < raw.length() && raw.charAt(i) == '%') {
          if (i + 2 >= raw.length() || !HexFormat.isHexDigit(raw.charAt(i + 1)) || !HexFormat.isHexDigit(raw.charAt(i + 2))) {
            return Optional.empty();
          }
          bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
          i += 3;
        }
        try {
          segment.append(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())));
        } catch (CharacterCodingException e) {
          return Optional.empty();
        }
      }
      out.add(segment.toString());
    }
    return Optional.of(List.copyOf(out));
  }

  static Rejection invalid(String field, Problem problem, Object... arguments) {
    return new Rejection.InvalidInput(List.of(FieldError.of(field, problem, arguments)));
  }

  private static Either<Rejection, Locale> language(String tag) {
    if (tag == null || tag.equals("zh-CN")) {
      return Either.right(Messages.ZH_CN);
    }
    return tag.equals("en") ? Either.right(Messages.EN) : Either.left(invalid("lang", Problem.NOT_ALLOWED));
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        out.putIfAbsent(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
      }
    }
    return out;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // a malformed escape is kept as sent: it names no procedure, command or case, and is answered so
      return text;
    }
  }
}
