package io.bizcenter.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizcenter.core.Procedure;
import io.bizcenter.core.Procedures;
import io.bizcenter.core.kernel.Command;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON Schema (draft 2020-12) of one command record, generated from the record: what a front end sends for it,
 * with titles in zh-CN and en ({@code title} in the language asked for, both under {@code x-bizcenter-titles}), required
 * fields, formats, enums with their labels ({@code x-bizcenter-labels}), and the length and pattern limits of core's own
 * check. Those limits have one source, the check itself: the schema is made by asking it what it refuses (see
 * {@link Probe}), so a schema cannot allow what core refuses for being too long, missing or of the wrong alphabet, and
 * each text names the field core's errors name ({@code x-bizcenter-field}). Rules across fields (an end after its
 * start, a reply when in writing) stay core's alone.
 */
public final class CommandSchema {
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private CommandSchema() {}

  /** The schema of {@code command}, its {@code title}s in {@code locale} and in both languages under {@code x-bizcenter-titles}. */
  public static ObjectNode of(Class<? extends Command> command, Locale locale) {
    return new SchemaWriter(locale).command(command);
  }

  /**
   * The actions a command record can ask for, in the order of its procedure's actions: those of the declared steps it
   * triggers (a triage asks for "within remit", "outside remit" or "hard case", as the declaration's chooser reads its
   * remit).
   */
  public static Set<Enum<?>> actions(Class<? extends Command> command) {
    return Procedures.ALL.stream().filter(p -> p.commands().isAssignableFrom(command)).findFirst()
        .map(p -> actionsOf(p, command))
        .orElse(Set.of());
  }

  private static Set<Enum<?>> actionsOf(Procedure<?, ?, ?, ?> procedure, Class<? extends Command> command) {
    return Declarations.of(procedure).transitions().stream()
        .filter(t -> t.command() == command)
        .map(t -> (Enum<?>) t.action())
        .sorted(Comparator.comparingInt(Enum::ordinal))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
