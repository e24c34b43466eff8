package io.bizcenter.adapters.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tables distributed by center ask of the schema and of every statement (a distributed PostgreSQL such as
 * Citus, {@code create_distributed_table(table, 'center_id')}; docs/scaling.md): every table has a {@code center_id},
 * every primary key and unique index starts with it, and every statement names one center, so the database can send
 * it to the one node that holds that center. The few statements that span centers by design are {@link #SPANNING},
 * each with its reason.
 */
final class CenterConfinement {
  private static final String CENTER = "center_id";

  /** The statements that read across centers on purpose, found by a fragment of their text, and why. */
  static final Map<String, String> SPANNING = Map.of(
      "FROM bc_notice WHERE delivered_at IS NULL",
      "the notice relay reads one outbox for every center (its backlog, its pending notices, its claim); docs/scaling.md"
          + " says how it is claimed center by center on a distributed database");

  private static final Pattern COMMENT = Pattern.compile("--[^\\n]*");
  private static final Pattern CREATE_TABLE = Pattern.compile("(?is)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[`\"]?(\\w+)[`\"]?\\s*\\(");
  private static final Pattern TABLE_AT = Pattern.compile("(?is)(?:CREATE|ALTER)\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[`\"]?(\\w+)");
  private static final Pattern KEY_LIST = Pattern.compile(
      "(?is)(PRIMARY\\s+KEY|UNIQUE(?:\\s+(?:KEY|INDEX))?(?:\\s+[`\"]?\\w+[`\"]?)?)\\s*\\(([^)]*)\\)");
  private static final Pattern INLINE_PRIMARY_KEY = Pattern.compile("(?i)[(,]\\s*[`\"]?(\\w+)[`\"]?\\s[^,]*?\\bPRIMARY\\s+KEY\\b(?!\\s*\\()");
  private static final Pattern UNIQUE_INDEX = Pattern.compile(
      "(?is)CREATE\\s+UNIQUE\\s+INDEX\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[`\"]?(\\w+)[`\"]?\\s+ON\\s+[`\"]?(\\w+)[`\"]?\\s*\\(([^)]*)\\)");
  private static final Pattern DROP_INDEX = Pattern.compile("(?i)DROP\\s+(?:INDEX|KEY)\\s+(?:IF\\s+EXISTS\\s+)?[`\"]?(\\w+)");
  private static final Pattern TABLE_REFERENCE = Pattern.compile(
      "(?i)\\b(?:FROM|JOIN|INTO|UPDATE)\\s+(bc_\\w+)(?:\\s+(?:AS\\s+)?(?!(?i:WHERE|SET|ON|JOIN|ORDER|KEY|VALUES|LEFT|RIGHT|INNER|FOR|GROUP|FETCH|LIMIT|USING)\\b)(\\w+))?");
  private static final Pattern INSERT_COLUMNS = Pattern.compile("(?i)\\bINTO\\s+(bc_\\w+)\\s*\\(([^)]*)\\)");
  private static final Pattern INSERT_IF_NEW = Pattern.compile(
      "(?i)INSERT INTO (bc_\\w+) \\(([^)]*)\\) SELECT \\?(?: ?, ?\\?)* WHERE NOT EXISTS \\((SELECT 1 FROM .*)\\)");
  private static final Pattern JOINED = Pattern.compile("(?i)\\b(\\w+)\\.center_id\\s*=\\s*(\\w+)\\.center_id\\b");

  private CenterConfinement() {}

  /**
   * What is wrong with the keys of a dialect's migrations, read in version order as one text: a table without
   * {@code center_id}, a primary key or unique index whose first column is not {@code center_id}. A unique index a later
   * script drops is not counted. Empty when every key starts with the center.
   */
  static List<String> keyProblems(String scripts) {
    String text = COMMENT.matcher(scripts).replaceAll("");
    List<String> problems = new ArrayList<>();
    Matcher table = CREATE_TABLE.matcher(text);
    while (table.find()) {
      String body = body(text, table.end());
      if (!columns(body).contains(CENTER)) {
        problems.add(table.group(1) + " has no " + CENTER + " column");
      }
      Matcher inline = INLINE_PRIMARY_KEY.matcher("(" + body);
      while (inline.find()) {
        if (!inline.group(1).equalsIgnoreCase(CENTER)) {
          problems.add(table.group(1) + ": primary key " + inline.group(1) + " does not start with " + CENTER);
        }
      }
    }
    // a named unique key or index a later script drops is not counted (MariaDB's UNIQUE KEY name (...), V7's drop)
    Map<String, String> uniqueIndexes = new LinkedHashMap<>();
    Matcher key = KEY_LIST.matcher(text);
    for (int unnamed = 0; key.find(); unnamed++) {
      if (!firstColumn(key.group(2)).equals(CENTER)) {
        String[] words = key.group(1).trim().split("\\s+");
        String name = words.length > 1 && !words[words.length - 1].matches("(?i)KEY|INDEX")
            ? words[words.length - 1].replaceAll("[`\"]", "").toLowerCase(Locale.ROOT) : "#" + unnamed;
        uniqueIndexes.put(name, tableBefore(text, key.start()) + ": " + key.group(1).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)
            + " (" + key.group(2).trim() + ") does not start with " + CENTER);
      }
    }
    Matcher index = UNIQUE_INDEX.matcher(text);
    while (index.find()) {
      if (!firstColumn(index.group(3)).equals(CENTER)) {
        uniqueIndexes.put(index.group(1).toLowerCase(Locale.ROOT),
            index.group(2) + ": unique index " + index.group(1) + " (" + index.group(3).trim() + ") does not start with " + CENTER);
      }
    }
    Matcher dropped = DROP_INDEX.matcher(text);
    while (dropped.find()) {
      uniqueIndexes.remove(dropped.group(1).toLowerCase(Locale.ROOT));
    }
    problems.addAll(uniqueIndexes.values());
    return problems;
  }

  /**
   * Why a statement is not confined to one center, or empty when it is: it touches none of our tables, or it inserts
   * {@code center_id}, or each table it reads or changes is held to {@code center_id = ?} outside any parentheses, itself
   * or through a join on {@code center_id} to a table that is, in a WHERE with no OR outside parentheses.
   */
  static Optional<String> statementProblem(String sql) {
    String text = sql.replaceAll("\\s+", " ").trim();
    // the branches of a union are statements of their own: each must be held to one center
    String[] branches = text.split("(?i) UNION ALL ");
    if (branches.length > 1) {
      return Arrays.stream(branches).map(CenterConfinement::statementProblem).flatMap(Optional::stream).findFirst();
    }
    // a row of parameters inserted only if its key is free: the row names its center, the check must be held to one too
    Matcher ifNew = INSERT_IF_NEW.matcher(text);
    if (ifNew.matches()) {
      return columns(ifNew.group(2)).contains(CENTER)
          ? statementProblem(ifNew.group(3)).map(problem -> "its check " + problem)
          : Optional.of("inserts into [" + ifNew.group(1) + "] without naming " + CENTER);
    }
    Map<String, String> tables = new LinkedHashMap<>();
    Matcher reference = TABLE_REFERENCE.matcher(text);
    while (reference.find()) {
      tables.put(reference.group(2) == null ? reference.group(1) : reference.group(2), reference.group(1));
    }
    if (tables.isEmpty()) {
      return Optional.empty();
    }
    String upper = text.toUpperCase(Locale.ROOT);
    if (upper.startsWith("INSERT") || upper.startsWith("MERGE")) {
      Matcher columns = INSERT_COLUMNS.matcher(text);
      return columns.find() && columns(columns.group(2)).contains(CENTER) && !upper.contains(" SELECT ")
          ? Optional.empty()
          : Optional.of("inserts into " + tables.values() + " without naming " + CENTER);
    }
    // an OR inside parentheses stays within the conditions around it; one at the top may widen the statement
    String top = text;
    for (String inner = top.replaceAll("\\([^()]*\\)", ""); !inner.equals(top); inner = top.replaceAll("\\([^()]*\\)", "")) {
      top = inner;
    }
    if (top.toUpperCase(Locale.ROOT).matches(".*\\bOR\\b.*")) {
      return Optional.of("an OR may widen it beyond one center");
    }
    Set<String> confined = new HashSet<>();
    for (String alias : tables.keySet()) {
      String qualified = "(?i).*\\b" + Pattern.quote(alias) + "\\.center_id\\s*=\\s*\\?.*";
      String bare = "(?i).*(?<![.\\w])center_id\\s*=\\s*\\?.*";
      if (top.matches(qualified) || (tables.size() == 1 && top.matches(bare))) {
        confined.add(alias);
      }
    }
    for (boolean grew = true; grew; ) {
      grew = false;
      Matcher join = JOINED.matcher(top);
      while (join.find()) {
        if (confined.contains(join.group(1)) && confined.add(join.group(2))
            || confined.contains(join.group(2)) && confined.add(join.group(1))) {
          grew = true;
        }
      }
    }
    List<String> loose = tables.entrySet().stream().filter(t -> !confined.contains(t.getKey())).map(Map.Entry::getValue).toList();
    return loose.isEmpty() ? Optional.empty() : Optional.of(loose + " not held to " + CENTER + " = ?");
  }

  /** The documented reason a statement spans centers, if it is one of {@link #SPANNING}. */
  static Optional<String> spanning(String sql) {
    String text = sql.replaceAll("\\s+", " ");
    return SPANNING.entrySet().stream().filter(e -> text.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
  }

  /** The text between the parenthesis opened just before {@code from} and the one that closes it. */
  private static String body(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0) {
        return text.substring(from, i);
      }
    }
    return text.substring(from);
  }

  private static List<String> columns(String list) {
    List<String> names = new ArrayList<>();
    for (String part : list.split(",")) {
      String name = part.trim().split("\\s+")[0].replaceAll("[`\"]", "").toLowerCase(Locale.ROOT);
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  private static String firstColumn(String list) {
    List<String> names = columns(list);
    return names.isEmpty() ? "" : names.get(0).replaceAll("\\(.*", "");
  }

  private static String tableBefore(String text, int at) {
    Matcher table = TABLE_AT.matcher(text.substring(0, at));
    String name = "?";
    while (table.find()) {
      name = table.group(1);
    }
    return name;
  }
}
