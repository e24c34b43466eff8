package io.bizcenter.forms;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import io.bizcenter.core.BusinessCenter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints a form as a page: HTML for a browser to print on A4 (one sheet per copy, room for signatures and seals), or
 * plain text, in zh-CN or en. Templates are Mustache (mustache.java), found as {@link Templates} says, so a vendor
 * replaces any of them from its own class path. Every value is escaped for the output, whatever the template says.
 * Thread-safe; compiled templates are kept, so build one printer and share it.
 */
public final class FormPrinter {
  /** The two outputs and the escaping each needs. */
  public enum Output {
    HTML("html", Escaping.HTML),
    TEXT("txt", Escaping.TEXT);

    private final String extension;
    private final Escaping escaping;

    Output(String extension, Escaping escaping) {
      this.extension = extension;
      this.escaping = escaping;
    }

    public String extension() {
      return extension;
    }
  }

  /**
   * Where a browser finds the forms' font when the reader's machine has none: the path at which a servlet container or
   * Spring Boot serves it from the bizcenter-forms-font jar ({@code META-INF/resources/bizcenter/fonts/}).
   */
  public static final String FONT_URL = "/bizcenter/fonts/NotoSansSC-Regular.ttf";

  private final ZoneId zone;
  private final ClassLoader vendor;
  private final String fontUrl;
  private final Map<String, DefaultMustacheFactory> engines = new ConcurrentHashMap<>();

  private FormPrinter(ZoneId zone, ClassLoader vendor, String fontUrl) {
    this.zone = zone;
    this.vendor = vendor;
    this.fontUrl = fontUrl;
  }

  /** Times in Asia/Shanghai, the vendor's templates looked for on the class path that loaded this library. */
  public static FormPrinter defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public String html(Form form, Locale locale) {
    return print(form, locale, Output.HTML);
  }

  public String text(Form form, Locale locale) {
    return print(form, locale, Output.TEXT);
  }

  /** The form, every copy of it, in {@code locale} (zh-CN or en). */
  public String print(Form form, Locale locale, Output output) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(output, "output");
    if (!Formats.supported(locale)) {
      throw new IllegalArgumentException("forms are printed in zh-CN or en, not " + locale);
    }
    String language = Formats.language(locale);
    DefaultMustacheFactory engine = engines.computeIfAbsent(language + "." + output.extension,
        k -> new Engine(new Templates(vendor, language, output.extension), output.escaping));
    Mustache template = engine.compile(form.type().name() + "." + output.extension);
    StringWriter out = new StringWriter();
    template.execute(out, page(form, new Formats(locale, zone), fontUrl));
    return out.toString();
  }

  /** The places a template is looked for, in order (see {@link Templates}): for a vendor's documentation and tests. */
  public static List<String> lookup(String name, Locale locale, Output output) {
    return new Templates(FormPrinter.class.getClassLoader(), Formats.language(locale), output.extension).lookup(name);
  }

  /** What every template sees: the form's fields under {@code form}, its labels, title, clauses and copies. */
  private static Map<String, Object> page(Form form, Formats formats, String fontUrl) {
    Locale locale = formats.locale();
    FormType type = form.type();
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("lang", formats.languageTag());
    page.put("title", type.title(locale));
    page.put("clauses", String.join(", ", type.clauses().stream().map(c -> c.id()).toList()));
    page.put("label", FormText.labels(type, locale));
    page.put("form", View.of((Record) form, formats));
    List<Recipient> recipients = form.copies().recipients();
    String pattern = FormText.has(locale, type.name() + ".copy") ? type.name() + ".copy" : "common.copy";
    List<Map<String, Object>> copies = new ArrayList<>();
    for (int i = 0; i < recipients.size(); i++) {
      Map<String, Object> copy = new LinkedHashMap<>();
      copy.put("number", String.valueOf(i + 1));
      copy.put("recipient", recipients.get(i).label(locale));
      copy.put("marker", FormText.text(locale, pattern, i + 1, recipients.size(), recipients.get(i).label(locale)));
      copies.add(copy);
    }
    page.put("copies", copies);
    page.put("copyCount", String.valueOf(recipients.size()));
    page.put("fontUrl", fontUrl);
    return page;
  }

  public static final class Builder {
    private ZoneId zone = BusinessCenter.DEFAULT_ZONE;
    private ClassLoader vendor = FormPrinter.class.getClassLoader();
    private String fontUrl = FONT_URL;

    /** The property's zone, in which times are printed (default Asia/Shanghai, as the business center's). */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone);
      return this;
    }

    /** Where the vendor's own templates are looked for first ({@code bizcenter/forms/...}). */
    public Builder templates(ClassLoader vendor) {
      this.vendor = Objects.requireNonNull(vendor);
      return this;
    }

    /**
     * Where the HTML pages' {@code @font-face} finds Noto Sans SC, for an application that serves it elsewhere than
     * {@link #FONT_URL} (under a context path, from a CDN). It is written inside a CSS string in a style element, where
     * entities are not read: characters the page would escape, quotes or a backslash are refused.
     */
    public Builder font(String url) {
      Objects.requireNonNull(url);
      if (url.isEmpty() || url.chars().anyMatch(c -> c < 0x20 || "\"'\\<>&=`".indexOf(c) >= 0)) {
        throw new IllegalArgumentException("a font URL without quotes, backslashes, <, >, &, = or `, not " + url);
      }
      this.fontUrl = url;
      return this;
    }

    public FormPrinter build() {
      return new FormPrinter(zone, vendor, fontUrl);
    }
  }

  /**
   * mustache.java set up for one language and output: our lookup, our escaping for every value, names checked. The
   * report printer uses the same engine, so a report's page escapes as a form's does.
   */
  static final class Engine extends DefaultMustacheFactory {
    private final Escaping escaping;

    Engine(Templates templates, Escaping escaping) {
      super(templates);
      this.escaping = escaping;
      setObjectHandler(new Strict());
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(escaping.escape(value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
      return new DefaultMustacheVisitor(this) {
        @Override
        public void value(TemplateContext tc, String variable, boolean encoded) {
          // {{{x}}} and {{&x}} would write a value raw: on a printed form every value is escaped, so none is
          super.value(tc, variable, true);
        }
      };
    }
  }

  /** A template naming something the page does not have fails, rather than printing a blank where a value belongs. */
  private static final class Strict extends ReflectionObjectHandler {
    @Override
    protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
      throw new MustacheException("a form template names \"" + name + "\", which the page does not have");
    }
  }
}
