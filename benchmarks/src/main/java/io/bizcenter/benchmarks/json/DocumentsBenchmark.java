package io.bizcenter.benchmarks.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.json.BizCenterJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 22, point 3: one stored case document read and written by the storage mapper the JDBC adapter uses
 * ({@link BizCenterJson#storageMapper()}), in microseconds: a closed complaint (0.8 KB), a completed move-in (3.5 KB)
 * and a contract (4.3 KB), each as the adapter stores it today (under {@code resources/.../json/}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DocumentsBenchmark {
  @Param({"complaint", "move-in", "contract"})
  public String document;

  private final ObjectMapper storage = BizCenterJson.storageMapper();
  private Class<?> type;
  private String text;
  private Object value;

  @Setup
  public void read() throws IOException {
    type = switch (document) {
      case "complaint" -> Complaint.class;
      case "move-in" -> MoveIn.class;
      case "contract" -> Contract.class;
      default -> throw new IllegalArgumentException("no document " + document);
    };
    try (InputStream in = DocumentsBenchmark.class.getResourceAsStream(document + ".json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    value = storage.readValue(text, type);
    // what is written must read back to the same case (not always the same text: a contract's set of roles comes out
    // in the order of the enum constants' hash codes, which differ from one JVM to the next)
    if (!storage.readValue(storage.writeValueAsString(value), type).equals(value)) {
      throw new IllegalStateException(document + " does not read back as written");
    }
  }

  @Benchmark
  public Object readDocument() throws IOException {
    return storage.readValue(text, type);
  }

  @Benchmark
  public String writeDocument() throws IOException {
    return storage.writeValueAsString(value);
  }
}
