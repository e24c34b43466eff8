package io.bizcenter.benchmarks.json;

import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.benchmarks.complaints.CommandIds;
import io.bizcenter.benchmarks.complaints.ComplaintHandling;
import io.bizcenter.benchmarks.complaints.ComplaintWorkflow;
import io.bizcenter.benchmarks.jdbc.Databases;
import io.bizcenter.benchmarks.jdbc.JdbcDeskBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The share of the JDBC desk's CPU on H2 spent in JSON: the complaint workload by one client for a while, JFR's
 * execution samples taken meanwhile, and the share of samples with a Jackson or bizcenter-json frame on the stack
 * (H2 runs in the same thread, so every sample is the desk's own work or the database's). Arguments: seconds of
 * warm-up, seconds recorded (default 10 and 20).
 */
public final class JsonShareOfCpu {
  private JsonShareOfCpu() {}

  public static void main(String[] args) throws Exception {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int recorded = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    System.out.println(measure(warmUp, recorded));
  }

  /** The share, as {@link #main} prints it: {@code warmUp} seconds of the workload, then {@code recorded} seconds sampled. */
  public static String measure(int warmUp, int recorded) throws Exception {
    try (HikariDataSource pool = Databases.fresh(Databases.Kind.H2, "json_share", 2)) {
      ComplaintHandling<?> desk = JdbcDeskBenchmark.on("library", pool);
      CommandIds ids = new CommandIds("share-");
      run(desk, ids, Duration.ofSeconds(warmUp));
      Path file = Files.createTempFile("json-share", ".jfr");
      long workloads;
      try (Recording recording = new Recording()) {
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.start();
        workloads = run(desk, ids, Duration.ofSeconds(recorded));
        recording.stop();
        recording.dump(file);
      }
      String share = share(file, workloads, recorded);
      Files.delete(file);
      return share;
    }
  }

  private static long run(ComplaintHandling<?> desk, CommandIds ids, Duration howLong) {
    long end = System.nanoTime() + howLong.toNanos();
    long workloads = 0;
    while (System.nanoTime() < end) {
      ComplaintWorkflow.run(desk, ids);
      workloads++;
    }
    return workloads;
  }

  /** The share of samples in JSON, and the methods on top of the stack in those samples that took the most. */
  static String share(Path recording, long workloads, int seconds) throws Exception {
    long samples = 0;
    long inJson = 0;
    Map<String, Long> tops = new HashMap<>();
    Map<String, Long> callers = new HashMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      // the outermost JSON frame: what the library asked of JSON (a read or a write of a document)
      int outermost = -1;
      for (int i = 0; i < frames.size(); i++) {
        String type = frames.get(i).getMethod().getType().getName();
        if (type.startsWith("com.fasterxml.") || type.startsWith("io.bizcenter.json.")) {
          outermost = i;
        }
      }
      if (outermost >= 0) {
        inJson++;
        callers.merge(outermost + 1 < frames.size() ? name(frames.get(outermost + 1)) : "?", 1L, Long::sum);
        RecordedFrame top = frames.get(0);
        tops.merge(name(top), 1L, Long::sum);
      }
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "JDBC desk on H2, 1 client: %d workloads in %d s (%.0f commands/s); %d samples, %d in JSON: %.1f%%%n",
        workloads, seconds, workloads * 36.0 / seconds, samples, inJson, samples == 0 ? 0 : 100.0 * inJson / samples));
    long all = samples;
    out.append("by caller:\n");
    callers.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
        .forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / all, e.getKey())));
    out.append("on top of the stack:\n");
    tops.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
        .forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / all, e.getKey())));
    return out.toString();
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }
}
