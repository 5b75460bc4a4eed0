package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.attache.sample.Sample;
import org.attache.server.ApiServer;
import org.attache.server.ServerConfig;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import org.attache.store.StoreConfig;
import org.attache.model.StoredEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst's page in a real, headless Chromium (Debian's, driven by Selenium) over the bundled
 * sample as the real pipeline stores it, plus one hostile article. Screenshots of every view go to
 * {@code cli/target/screenshots/}. Without Chromium the tests skip and say how to install it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final String HOSTILE = "{\"id\":\"hostile.json\",\"title\":\"<b id=\\\"bold\\\">Bold</b> <img src=x onerror=\\\"window.__pwned=3\\\">\","
      + "\"url\":\"javascript:window.__pwned=4\",\"published\":\"2025-02-03\",\"text\":\"Iran's foreign minister met Russian"
      + " President Vladimir Putin in Moscow on Monday. <script>window.__pwned=1</script> The two sides discussed"
      + " <img src=x onerror=\\\"window.__pwned=2\\\"> energy and trade.\"}";

  private static Path dir;
  private static EventStore store;
  private static ApiServer server;
  private static WebDriver browser;
  private static Path shots;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "skipped: no Chromium here; install it with 'apt-get install -y chromium chromium-driver' (.ci/run does)");
    dir = Files.createTempDirectory("attache-browser");
    Path input = Files.createDirectories(dir.resolve("articles"));
    for (Sample.File f : Sample.files()) {
      Files.write(input.resolve(Path.of(f.name()).getFileName().toString()), f.bytes());
    }
    Files.writeString(input.resolve("hostile.jsonl"), HOSTILE + "\n");
    String db = "jdbc:duckdb:" + dir.resolve("store.duckdb");
    MainTest.Run ingest = MainTest.run("ingest", "--db", db, input.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
    store = EventStore.open(new StoreConfig(db, dir), Clock.systemUTC());
    server = ApiServer.start(store, ServerConfig.defaults(0, "browser-test-token-0123"), null, Clock.systemUTC());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1366,900", "--user-data-dir=" + dir.resolve("chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    shots = Files.createDirectories(Path.of("target", "screenshots"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private static void open(String hash) {
    browser.get(server.url() + "#" + hash);
    browser.navigate().refresh();
  }

  private static void screenshot(String name) throws IOException {
    File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), shots.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  /** The busiest pair of countries whose events have dates to chart. */
  private static org.attache.store.Aggregates.NetworkEdge datedDyad() throws Exception {
    for (var edge : store.network(EventQuery.all(), 20)) {
      if (!store.timeline(edge.source(), edge.target()).isEmpty()) {
        return edge;
      }
    }
    throw new AssertionError("no pair of countries with dated events in the sample");
  }

  @Test
  @Order(1)
  void overview_showsCountsAndEvents() throws IOException {
    open("/");
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Overview"));
    waiting().until(d -> d.findElements(By.cssSelector("main table tbody tr td a")).size() > 3);
    assertThat(browser.findElement(By.cssSelector(".card .big")).getText()).isEqualTo("16");
    screenshot("1-overview");
  }

  @Test
  @Order(2)
  void search_fromTheBoxWithTheKeyboard() throws IOException {
    open("/");
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Overview"));
    browser.findElement(By.tagName("body")).sendKeys("/");
    WebElement box = browser.switchTo().activeElement();
    assertThat(box.getAttribute("id")).isEqualTo("q");
    box.sendKeys("Moscow", Keys.ENTER);
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Search"));
    waiting().until(d -> d.findElements(By.cssSelector("table tbody tr td a")).size() > 0);
    assertThat(browser.findElements(By.cssSelector("#doc-hits li a"))).isNotEmpty();
    screenshot("2-search");
  }

  @Test
  @Order(3)
  void dyad_chartAndEventList() throws Exception {
    var busiest = datedDyad();
    open("/dyad/" + busiest.source() + "/" + busiest.target());
    waiting().until(d -> d.findElements(By.cssSelector("#dyad-chart canvas")).size() > 0);
    waiting().until(d -> d.findElements(By.cssSelector("#dyad-events table tbody tr td a")).size() > 0);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(busiest.source() + " and " + busiest.target());
    screenshot("3-dyad");
  }

  @Test
  @Order(4)
  void event_evidenceHighlightedInTheArticle() throws Exception {
    var busiest = datedDyad();
    open("/dyad/" + busiest.source() + "/" + busiest.target());
    WebElement first = waiting().until(d -> d.findElements(By.cssSelector("#dyad-events table tbody tr td a")).stream()
        .findFirst().orElse(null));
    first.click();
    WebElement mark = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.evidence")));
    String article = browser.findElement(By.cssSelector(".article")).getText();
    assertThat(mark.getText()).isNotBlank();
    assertThat(article.replaceAll("\\s+", " ")).contains(mark.getText().replaceAll("\\s+", " "));
    assertThat(browser.findElements(By.cssSelector("section.mention"))).isNotEmpty();
    screenshot("4-event");
  }

  @Test
  @Order(5)
  void networkAndMap_drawn() throws IOException {
    open("/network");
    waiting().until(d -> d.findElements(By.cssSelector("#network-chart canvas")).size() > 0);
    assertThat(browser.findElements(By.cssSelector("main table tbody tr"))).isNotEmpty();
    screenshot("5-network");
    open("/map");
    waiting().until(d -> d.findElements(By.cssSelector("#map-chart canvas")).size() > 0);
    assertThat(browser.findElements(By.cssSelector("main table tbody tr"))).isNotEmpty();
    screenshot("6-map");
  }

  @Test
  @Order(6)
  void hostileArticle_staysText() throws Exception {
    List<StoredEvent> hostile = store.events(EventQuery.all()).stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.doc().equals("hostile.json"))).toList();
    assertThat(hostile).as("the hostile article's events").isNotEmpty();
    open("/event/" + hostile.get(0).event().id());
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article")));
    String text = browser.findElement(By.cssSelector(".article")).getText();
    assertThat(text).contains("<script>window.__pwned=1</script>").contains("<img src=x onerror=\"window.__pwned=2\">");
    assertThat(browser.findElement(By.cssSelector("section.mention h2")).getText()).contains("<b id=\"bold\">Bold</b>");
    assertThat(browser.findElements(By.cssSelector("main img, main script, #bold"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    assertThat(js("return window.__pwned === undefined")).isEqualTo(true);
    screenshot("7-hostile-article");
    open("/doc/hostile.json");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("<b id=\"bold\">");
    assertThat(js("return window.__pwned === undefined")).isEqualTo(true);
  }
}
