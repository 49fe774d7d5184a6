package org.commissioninghub.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium, headless, driven through its own chromedriver (Debian's {@code chromium}
 * and {@code chromium-driver}); never a browser a tool downloads. One per test class.
 */
public final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

  private static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");

  private WebDriver driver;
  private WebDriverWait wait;
  private Path downloads;

  private Browser() {}

  /** A browser started now, for a test that closes it itself. */
  public static Browser start() {
    var browser = new Browser();
    browser.launch();
    return browser;
  }

  /**
   * A browser for a test class, registered as its extension
   * ({@code @RegisterExtension static final Browser browser = Browser.perTestClass();}): started
   * before the class's first test and closed after its last.
   */
  public static Browser perTestClass() {
    return new Browser();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    launch();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  private void launch() {
    try {
      var options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      downloads = Files.createTempDirectory("hub-downloads");
      options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
          "download.prompt_for_download", false));
      // US English, as many NHS machines are set: UK dates must not depend on the browser's language
      options.addArguments("--lang=en-US", "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--window-size=1400,1300", "--user-data-dir=" + Files.createTempDirectory("hub-browser"));
      var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
      driver = new ChromeDriver(service, options);
      wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot make a browser profile folder", e);
    }
  }

  public void open(String url) {
    driver.get(url);
  }

  public WebElement await(By by) {
    return recordingFailure(() -> wait.until(ExpectedConditions.visibilityOfElementLocated(by)));
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** Clicks as a script does: a notification laid over the element does not take the click. */
  public void click(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
  }

  /** Leaves a field as a person does; form-js takes typed text after a pause or when the field is left. */
  public void blur(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].blur();", element);
  }

  public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    recordingFailure(() -> wait.until(condition::apply));
  }

  /** A wait that times out leaves a screenshot and the page text in target/browser for whoever reads the failure. */
  private <T> T recordingFailure(java.util.function.Supplier<T> waiting) {
    try {
      return waiting.get();
    } catch (TimeoutException timeout) {
      try {
        var folder = Files.createDirectories(Path.of("target", "browser"));
        var name = "timeout-" + System.currentTimeMillis();
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.writeString(folder.resolve(name + ".txt"), driver.getCurrentUrl() + "\n\n" + pageText());
        timeout.addSuppressed(new IllegalStateException("page at the timeout: target/browser/" + name + ".png"));
      } catch (java.io.IOException | RuntimeException unrecorded) {
        timeout.addSuppressed(unrecorded);
      }
      throw timeout;
    }
  }

  /** What a script run in the page answers; the script reads the arguments as {@code arguments[0]} and on. */
  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Signs in to Tasklist with the demo password and waits for the filters. */
  public void signInToTasklist(String baseUrl, String user) {
    open(baseUrl + "/camunda/app/tasklist/default/");
    await(By.cssSelector("input[ng-model=username]")).sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(HubClient.PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    await(By.xpath("//*[contains(text(), 'open tasks')]"));
  }

  /** Opens the role's "open tasks" filter in Tasklist, then the task of that name, and claims it. */
  public void claimInTasklist(String filter, String taskName) {
    click(await(By.xpath("//*[contains(text(), '" + filter + "')]")));
    click(await(By.xpath("//*[contains(@class, 'task')]//*[contains(text(), '" + taskName + "')]")));
    click(await(By.xpath("//*[self::button or self::a][normalize-space()='Claim']")));
    await(By.cssSelector(".fjs-form"));
    waitUntil(driver -> all(By.cssSelector(".disabled-form")).isEmpty());
  }

  /**
   * Types into the n-th form field with that label (rows of a list repeat their labels), then
   * leaves it, which hands the text to the form at once.
   */
  /**
   * Types into the n-th field with the label and leaves it, as often as it takes for the field to
   * hold the text: form-js may render a repeating row again just after it is added, dropping what
   * was typed into it, and a person would see that and type it again.
   */
  public void fill(String label, int index, String text) {
    waitUntil(driver -> {
      try {
        var fields = fieldsLabelled(label);
        if (fields.size() <= index) {
          return false;
        }
        var field = fields.get(index);
        if (text.equals(field.getAttribute("value"))) {
          return true;
        }
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        blur(field);
        return false;
      } catch (StaleElementReferenceException renderedAgain) {
        return false;
      }
    });
  }

  /** Types into the first field with the label once and leaves it, whatever the form then makes of the text. */
  public void enter(String label, String text) {
    var field = fieldsLabelled(label).get(0);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    blur(field);
  }

  /**
   * Pastes the text over what the first field with the label holds, with Ctrl+V as a person does,
   * then leaves it. The text reaches the clipboard by being copied from a scratch text area.
   */
  public void paste(String label, String text) {
    var scratch = (WebElement) script("""
        const scratch = document.createElement('textarea');
        scratch.style.cssText = 'position: fixed; top: 0; left: 0; z-index: 10000';
        document.body.appendChild(scratch);
        return scratch;""");
    scratch.sendKeys(text, Keys.chord(Keys.CONTROL, "a"), Keys.chord(Keys.CONTROL, "c"));
    script("arguments[0].remove();", scratch);
    var field = fieldsLabelled(label).get(0);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.chord(Keys.CONTROL, "v"));
    blur(field);
  }

  /** What the first field with the label holds and what it asks for when empty. */
  public String valueOf(String label) {
    return fieldsLabelled(label).get(0).getAttribute("value");
  }

  public String placeholderOf(String label) {
    return fieldsLabelled(label).get(0).getAttribute("placeholder");
  }

  private List<WebElement> fieldsLabelled(String label) {
    return all(By.xpath("//label[starts-with(normalize-space(), '" + label + "')][@for]")).stream()
        .map(element -> await(By.id(element.getAttribute("for")))).toList();
  }

  /** Picks an option of the n-th select of the form. */
  public void choose(int select, String option) {
    waitUntil(driver -> all(By.cssSelector(".fjs-form-field-select .fjs-input-group")).size() > select);
    all(By.cssSelector(".fjs-form-field-select .fjs-input-group")).get(select).click();
    await(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][contains(normalize-space(), '" + option + "')]"))
        .click();
  }

  /** Presses Tasklist's Complete as it is, enabled or not. */
  public void clickComplete() {
    click(await(By.xpath("//button[normalize-space()='Complete']")));
  }

  /** Presses Tasklist's Complete once it is enabled. */
  public void completeTask() {
    var button = await(By.xpath("//button[normalize-space()='Complete']"));
    waitUntil(driver -> button.isEnabled());
    click(button);
  }

  /** Forgets the hub's sessions, as a browser that never signed in to the hub at baseUrl. */
  public void signOutOfHub(String baseUrl) {
    open(baseUrl + "/sign-in");
    driver.manage().deleteAllCookies();
  }

  /** Signs in to the hub's pages with the demo password and waits for the page asked for. */
  public void signInToHub(String baseUrl, String user) {
    open(baseUrl + "/sign-in");
    await(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(HubClient.PASSWORD);
    driver.findElement(By.cssSelector("main button[type=submit]")).click();
    await(By.id("signed-in-user"));
  }

  /** Follows a link as a person does, into the tab it opens if it opens one. */
  public void follow(WebElement link) {
    var before = driver.getWindowHandles();
    link.click();
    waitUntil(driver -> driver.getWindowHandles().size() > before.size()
        || !driver.getCurrentUrl().contains("/camunda/app/"));
    driver.getWindowHandles().stream().filter(handle -> !before.contains(handle)).findFirst()
        .ifPresent(opened -> driver.switchTo().window(opened));
  }

  /** Sends a file's path to a file input, as choosing the file in the browser's dialog does. */
  public void chooseFile(By input, java.nio.file.Path file) {
    driver.findElement(input).sendKeys(file.toAbsolutePath().toString());
  }

  /** Clicks a download link and answers the file the browser saved, once it has saved all of it. */
  public Path download(WebElement link) {
    link.click();
    var saved = new Path[1];
    waitUntil(driver -> {
      try (var files = Files.list(downloads)) {
        saved[0] = files.filter(file -> !file.getFileName().toString().endsWith(".crdownload")).findFirst()
            .orElse(null);
        return saved[0] != null;
      } catch (java.io.IOException e) {
        return false;
      }
    });
    return saved[0];
  }

  /** Clicks a link or button with this text inside the page's main content, as a person does. */
  public void clickText(String text) {
    driver.findElement(By.xpath("//main//*[(self::a or self::button) and normalize-space(.)='" + text + "']")).click();
  }

  public void type(By field, String text) {
    var element = await(field);
    element.clear();
    element.sendKeys(text);
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** Which element has the keyboard focus: its id. */
  public String focusedId() {
    return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.activeElement.id;"));
  }

  /**
   * The WCAG 2.0 and 2.1 A and AA and 2.2 AA rules axe-core finds broken on the open page, each as
   * "rule: help (the elements)"; empty when the page passes. axe-core is injected from the test
   * resources (the page's Content-Security-Policy is bypassed for the check only).
   */
  @SuppressWarnings("unchecked")
  public List<String> accessibilityViolations() {
    try (var axe = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
      var script = new String(axe.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      var js = (JavascriptExecutor) driver;
      js.executeScript(script);
      var result = (java.util.Map<String, Object>) js.executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
            .then(r => done({violations: r.violations.map(v => v.id + ': ' + v.help + ' ('
                + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')}))
            .catch(e => done({violations: ['axe failed: ' + e]}));
          """);
      return (List<String>) result.get("violations");
    } catch (java.io.IOException e) {
      throw new IllegalStateException("axe-core is missing from the test resources", e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
