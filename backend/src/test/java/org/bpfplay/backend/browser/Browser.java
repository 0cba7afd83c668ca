package org.bpfplay.backend.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its matching chromedriver, with the flags this closed network and
 * running as root need. Each instance is a fresh browser profile (a "fresh browser context").
 * Paths can be overridden with {@code -Dbpfplay.chromium=...} and {@code -Dbpfplay.chromedriver=...}.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("bpfplay.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("bpfplay.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    final WebDriverWait wait;

    /** Why browser tests cannot run here, or null when they can. */
    static String missing() {
        if (Boolean.getBoolean("skip.browser")) {
            return "browser tests skipped by -Dskip.browser=true";
        }
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            return "no " + CHROMIUM + " / " + CHROMEDRIVER
                    + ": install them with 'apt-get install -y chromium chromium-driver' to run the browser tests";
        }
        return null;
    }

    Browser(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // Size the *viewport* (what a page sees as innerWidth x innerHeight), not the window frame.
        driver.get("about:blank");
        java.util.List<?> frame = (java.util.List<?>) js(
                "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]");
        driver.manage().window().setSize(new Dimension(width + ((Number) frame.get(0)).intValue(),
                height + ((Number) frame.get(1)).intValue()));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // panes re-render on every state message: an element found a moment ago may be replaced
        // while a condition is being checked, which is a reason to check again, not a failure
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    Object js(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves a PNG of the viewport to target/screenshots/NAME.png (kept as a build artifact). */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
