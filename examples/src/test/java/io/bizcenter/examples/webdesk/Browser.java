package io.bizcenter.examples.webdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by chromium-driver through Selenium, on a web desk of its own: one per test
 * class ({@code BIZCENTER_CHROMIUM} and {@code BIZCENTER_CHROMEDRIVER} name them where they are not on the PATH).
 * Without the browser the tests are skipped, naming the packages, unless {@code BIZCENTER_REQUIRE_BROWSER=1}
 * (as {@code .ci/run} sets), when they fail. Screenshots go to {@code target/webdesk-screenshots/} for a person to look at.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "webdesk-screenshots");
  private static final String PACKAGES = "Debian's chromium and chromium-driver (apt-get install chromium chromium-driver fonts-noto-cjk)";

  final DeskApi desk = new DeskApi();
  final ChromeDriver driver;
  private final WebDriverWait wait;

  private Browser(Path chromium, Path chromedriver) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1800",
        "--lang=zh-CN");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
    ChromeDriver started;
    try {
      started = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      desk.close();
      throw e;
    }
    this.driver = started;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /**
   * Disables a test class when no browser is installed, naming the packages; under {@code BIZCENTER_REQUIRE_BROWSER=1}
   * it leaves the class enabled, so that {@link #start()} fails it instead.
   */
  static final class Installed implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      Optional<String> missing = missing();
      return missing.isEmpty() || required() ? ConditionEvaluationResult.enabled("a browser is installed or required")
          : ConditionEvaluationResult.disabled(missing.get() + "; skipped");
    }
  }

  /** A browser on a fresh desk; fails when none is installed (a test class without {@link Installed} would not be skipped). */
  static Browser start() {
    missing().ifPresent(missing -> fail(missing + (required() ? " (BIZCENTER_REQUIRE_BROWSER=1)" : "")));
    return new Browser(chromium().get(), chromedriver().get());
  }

  private static boolean required() {
    return "1".equals(System.getenv("BIZCENTER_REQUIRE_BROWSER"));
  }

  private static Optional<Path> chromium() {
    return located("BIZCENTER_CHROMIUM", "chromium", "chromium-browser");
  }

  private static Optional<Path> chromedriver() {
    return located("BIZCENTER_CHROMEDRIVER", "chromedriver");
  }

  /** What is missing, in words that name the packages to install; empty when both are there. */
  private static Optional<String> missing() {
    boolean noBrowser = chromium().isEmpty();
    boolean noDriver = chromedriver().isEmpty();
    if (!noBrowser && !noDriver) {
      return Optional.empty();
    }
    return Optional.of("no " + (noBrowser ? "chromium" : "") + (noBrowser && noDriver ? " and no " : "") + (noDriver ? "chromedriver" : "")
        + " (on the PATH, or where BIZCENTER_CHROMIUM and BIZCENTER_CHROMEDRIVER say): the web desk's browser tests need " + PACKAGES);
  }

  /** The executable the environment variable names if it names one (there only), else the first of {@code names} on the PATH. */
  private static Optional<Path> located(String variable, String... names) {
    String value = System.getenv(variable);
    if (value != null && !value.isBlank()) {
      return Optional.of(Path.of(value)).filter(Files::isExecutable);
    }
    return onPath(names);
  }

  private static Optional<Path> onPath(String... names) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
        .flatMap(dir -> Stream.of(names).map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable).findFirst();
  }

  /** The desk's page, a seat and a language chosen, once it has drawn itself. */
  void open(String seat, String language) {
    driver.get(desk.server.uri().toString());
    ready();
    choose(By.id("lang"), language);
    choose(By.id("seat"), seat);
  }

  void choose(By select, String value) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(select));
    if (!value.equals(element.getAttribute("value"))) {
      new Select(element).selectByValue(value);
      ready();
    }
  }

  /** Waits until the page has loaded everything after the last change of seat or language. */
  void ready() {
    wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  WebElement shown(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void click(By by) {
    wait.until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  /** Chooses a procedure and waits until its cases are listed. */
  void procedure(String name) {
    ((JavascriptExecutor) driver).executeScript("document.getElementById('cases').dataset.procedure = '';");
    click(By.id("procedure-" + name));
    wait.until(d -> name.equals(d.findElement(By.id("cases")).getAttribute("data-procedure")));
  }

  /** Clicks the action's button (an opening one or one on the open case) and waits for its form. */
  void action(String action) {
    click(By.cssSelector("button[data-action='" + action + "']"));
    wait.until(d -> action.equals(d.findElement(By.id("command-form")).getAttribute("data-action")));
    shown(By.id("command-panel"));
  }

  void type(String field, String text) {
    WebElement input = shown(By.name(field));
    input.clear();
    input.sendKeys(text);
  }

  void select(String field, String value) {
    new Select(shown(By.name(field))).selectByValue(value);
  }

  /** Submits the form and waits for the outcome: accepted (the new state) or rejected (the code). */
  WebElement submit() {
    ((JavascriptExecutor) driver).executeScript("document.getElementById('outcome').className = '';");
    click(By.id("submit"));
    return wait.until(d -> {
      WebElement outcome = d.findElement(By.id("outcome"));
      String kind = outcome.getAttribute("class");
      return kind.equals("accepted") || kind.equals("rejected") ? outcome : null;
    });
  }

  /** Submits the form and asserts the command was carried out, naming the refusal if it was not. */
  void accepted() {
    WebElement outcome = submit();
    assertEquals("accepted", outcome.getAttribute("class"), outcome.getText());
  }

  /** Waits until the open case shows {@code state}. */
  void caseStands(String state) {
    wait.until(d -> state.equals(d.findElement(By.id("case-state")).getAttribute("data-state")));
  }

  /** Whether the diagram's image has loaded as a picture (an SVG the browser could draw). */
  boolean diagramDrawn() {
    return wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "const img = document.getElementById('diagram'); return img.complete && img.naturalWidth > 0;"));
  }

  /** The state the diagram on the page marks as current, read from the picture the page asked the desk for. */
  String diagramMarks() {
    diagramDrawn();
    String svg = desk.get(shown(By.id("diagram")).getAttribute("src")).body();
    java.util.regex.Matcher marked = java.util.regex.Pattern.compile("class=\"state[^\"]* current\" data-state=\"([A-Z_]+)\"").matcher(svg);
    return marked.find() ? marked.group(1) : "";
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  String text(By by) {
    return shown(by).getText();
  }

  /** The page as a person sees it now, written to target/webdesk-screenshots/{@code name}.png. */
  Path screenshot(String name) {
    try {
      ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      desk.close();
    }
  }
}
