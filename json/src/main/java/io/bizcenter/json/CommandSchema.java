package io.bizcenter.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizcenter.core.kernel.Command;
import java.util.Locale;

/**
 * The JSON Schema (draft 2020-12) of one command record, generated from the record: what a front end sends for it,
 * with titles in zh-CN and en, required fields, formats, enums with their labels, and the length and pattern limits
 * core's own checks apply.
 */
public final class CommandSchema {
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private CommandSchema() {}

  /** The schema of {@code command}, its {@code title}s in {@code locale} and both languages under {@code x-bizcenter-titles}. */
  public static ObjectNode of(Class<? extends Command> command, Locale locale) {
    return new SchemaWriter(locale).command(command);
  }
}
