package io.bizcenter.forms;

import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.MustacheResolver;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a template is found, for one language and one output. A template is named by the form (or the shared part,
 * such as {@code layout}) and the output ({@code html} or {@code txt}); the first of these that exists is used:
 *
 * <ol>
 *   <li>{@code bizcenter/forms/<name>.<lang>.<output>.mustache} on the vendor's class path,
 *   <li>{@code bizcenter/forms/<name>.<output>.mustache} on the vendor's class path,
 *   <li>{@code io/bizcenter/forms/templates/<name>.<lang>.<output>.mustache} in this library,
 *   <li>{@code io/bizcenter/forms/templates/<name>.<output>.mustache} in this library,
 * </ol>
 *
 * where {@code <lang>} is {@code zh} or {@code en}. So a vendor replaces one form in one language, one form in both,
 * or the shared layout of every form, by putting a file on its class path; nothing is forked.
 */
final class Templates implements MustacheResolver {
  static final String VENDOR = "bizcenter/forms/";
  static final String BUILT_IN = "io/bizcenter/forms/templates/";
  private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*");

  private final ClassLoader vendor;
  private final String language;
  private final String output;

  Templates(ClassLoader vendor, String language, String output) {
    this.vendor = vendor;
    this.language = language;
    this.output = output;
  }

  /** The places looked at for {@code name}, in order: (class path, resource). */
  List<String> lookup(String name) {
    return List.of(
        VENDOR + name + "." + language + "." + output + ".mustache",
        VENDOR + name + "." + output + ".mustache",
        BUILT_IN + name + "." + language + "." + output + ".mustache",
        BUILT_IN + name + "." + output + ".mustache");
  }

  /** The engine asks for {@code fee-receipt.html} or, from a template, {@code layout.html}. */
  @Override
  public Reader getReader(String resource) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    if (!name.endsWith("." + output) || !NAME.matcher(name.substring(0, name.length() - output.length() - 1)).matches()) {
      // names are ours or a vendor template's partials: anything else (a path, another output) is refused, never looked up
      throw new MustacheNotFoundException(resource);
    }
    String bare = name.substring(0, name.length() - output.length() - 1);
    return find(bare).map(in -> new InputStreamReader(in, StandardCharsets.UTF_8)).orElse(null);
  }

  private Optional<InputStream> find(String name) {
    List<String> places = lookup(name);
    for (int i = 0; i < places.size(); i++) {
      ClassLoader loader = i < 2 ? vendor : Templates.class.getClassLoader();
      InputStream in = loader.getResourceAsStream(places.get(i));
      if (in != null) {
        return Optional.of(in);
      }
    }
    return Optional.empty();
  }
}
