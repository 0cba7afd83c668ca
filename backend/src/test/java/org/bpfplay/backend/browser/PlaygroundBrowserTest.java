package org.bpfplay.backend.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.UUID;

import org.bpfplay.backend.WebTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The playground in a real headless Chromium against the running server: the page and its panes, the
 * editor, the theme switch, the debugger shortcuts reaching the server over the session socket, and a
 * share link opened in a fresh browser. Screenshots go to target/screenshots/.
 */
@WebTest
class PlaygroundBrowserTest {
    @LocalServerPort
    int port;

    @BeforeAll
    static void chromium() {
        String why = Browser.missing();
        assumeTrue(why == null, why);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and waits for the editor and a connected session socket. */
    private static void ready(Browser b, String url) {
        b.driver.get(url);
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#editor .cm-editor .cm-content")));
        b.wait.until(ExpectedConditions.attributeToBe(By.id("socket-status"), "data-state", "open"));
    }

    private static String logText(Browser b) {
        return b.driver.findElement(By.id("log")).getText();
    }

    @Test
    void thePageShowsAllPanesAt1280x720() throws Exception {
        try (Browser b = new Browser(1280, 720)) {
            ready(b, url("/"));
            long innerWidth = (Long) b.js("return window.innerWidth");
            long innerHeight = (Long) b.js("return window.innerHeight");
            assertThat(innerWidth).isEqualTo(1280);
            assertThat(innerHeight).isEqualTo(720);
            assertThat(b.driver.findElement(By.id("share-box")).isDisplayed()).isFalse();
            for (String pane : List.of(".pane-editor", ".pane-insns", ".pane-state", ".pane-log")) {
                WebElement e = b.driver.findElement(By.cssSelector(pane));
                assertThat(e.isDisplayed()).as(pane).isTrue();
                var r = e.getRect();
                assertThat(r.getWidth()).as(pane + " width").isGreaterThan(150);
                assertThat(r.getHeight()).as(pane + " height").isGreaterThan(80);
                assertThat(r.getX() + r.getWidth()).as(pane + " right edge").isLessThanOrEqualTo((int) innerWidth);
                assertThat(r.getY() + r.getHeight()).as(pane + " bottom edge").isLessThanOrEqualTo((int) innerHeight);
            }
            assertThat(b.driver.findElement(By.cssSelector(".pane-cfg-wide")).isDisplayed()).isFalse();
            assertThat(b.driver.findElements(By.id("engine-notice"))).isEmpty();
            assertThat(logText(b)).contains("connected (protocol 1, engine available)");
            // the example program assembles and its first state is shown
            b.wait.until(d -> d.findElements(By.cssSelector("#insns .insn")).size() > 5);
            b.wait.until(d -> d.findElements(By.cssSelector("#insns .insn.current")).size() == 1);
            // highlighting of the example program
            assertThat(b.driver.findElements(By.cssSelector(".cm-content .tok-keyword"))).isNotEmpty();
            assertThat(b.driver.findElements(By.cssSelector(".cm-content .tok-comment"))).isNotEmpty();
            b.screenshot("playground-1280x720-" + b.js("return document.documentElement.dataset.theme"));
        }
    }

    @Test
    void aWideScreenGivesTheControlFlowGraphItsOwnColumn() throws Exception {
        try (Browser b = new Browser(1920, 1080)) {
            ready(b, url("/"));
            assertThat(b.driver.findElement(By.cssSelector(".pane-cfg-wide")).isDisplayed()).isTrue();
            assertThat(b.driver.findElement(By.id("tab-cfg")).isDisplayed()).isFalse();
            b.screenshot("playground-1920x1080");
        }
    }

    @Test
    void theEditorAcceptsTypingAndHighlightsIt() throws Exception {
        try (Browser b = new Browser(1280, 720)) {
            ready(b, url("/"));
            WebElement content = b.driver.findElement(By.cssSelector("#editor .cm-content"));
            content.click();
            new Actions(b.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
            content.sendKeys("r0 = 0x2a # the answer", Keys.ENTER, "exit");
            b.wait.until(d -> "r0 = 0x2a # the answer\nexit".equals(b.js("return window.bpfplay.editor.text()")));
            assertThat(b.driver.findElement(By.cssSelector(".cm-content .tok-variableName2")).getText()).isEqualTo("r0");
            assertThat(b.driver.findElement(By.cssSelector(".cm-content .tok-number")).getText()).isEqualTo("0x2a");
            assertThat(b.driver.findElement(By.cssSelector(".cm-content .tok-comment")).getText()).isEqualTo("# the answer");
            assertThat(b.driver.findElement(By.cssSelector(".cm-content .tok-keyword")).getText()).isEqualTo("exit");
            b.screenshot("editor-typed");
        }
    }

    @Test
    void theThemeToggleSwitchesColoursAndIsRemembered() throws Exception {
        try (Browser b = new Browser(1280, 720)) {
            ready(b, url("/"));
            String before = (String) b.js("return document.documentElement.dataset.theme");
            String bgBefore = (String) b.js("return getComputedStyle(document.body).backgroundColor");
            b.driver.findElement(By.id("theme-toggle")).click();
            String after = (String) b.js("return document.documentElement.dataset.theme");
            assertThat(after).isIn("light", "dark").isNotEqualTo(before);
            assertThat((String) b.js("return getComputedStyle(document.body).backgroundColor")).isNotEqualTo(bgBefore);
            b.screenshot("playground-1280x720-" + after);
            ready(b, url("/"));
            assertThat((String) b.js("return document.documentElement.dataset.theme")).isEqualTo(after);
        }
    }

    @Test
    void typeSeeAnErrorMarkerFixStepStepBackAndContinueToABreakpoint() throws Exception {
        try (Browser b = new Browser(1280, 720)) {
            ready(b, url("/"));
            b.js("window.__stillHere = true");
            WebElement content = b.driver.findElement(By.cssSelector("#editor .cm-content"));
            content.click();
            new Actions(b.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
            content.sendKeys("r3 = 7", Keys.ENTER, "r4 +== 1", Keys.ENTER, "exit");
            // the debounced load answers an assembler error: an inline marker with the message
            WebElement marked = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cm-lintRange-error")));
            assertThat(marked.getText()).isEqualTo("=");   // column 6: the second '='
            assertThat(b.driver.findElements(By.cssSelector(".cm-lint-marker-error"))).isNotEmpty();
            b.wait.until(d -> logText(b).contains("first 2:6: unknown instruction 'r4 +== 1'"));
            new Actions(b.driver).moveToElement(marked).perform();
            WebElement tooltip = b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cm-tooltip-lint")));
            assertThat(tooltip.getText()).contains("unknown instruction 'r4 +== 1'");
            b.screenshot("editor-assembler-error");

            // fix it (as a paste): the markers go, the instruction list shows the kernel syntax
            b.js("window.bpfplay.editor.setText(arguments[0])",
                    "r3 = 7\nr4 = 0\nloop:\nr4 += 1\nif r4 < 5 goto loop\n*(u64 *)(r10 - 8) = r3\nr0 = r4\nexit\n");
            b.wait.until(d -> d.findElements(By.cssSelector(".cm-lintRange-error")).isEmpty());
            b.wait.until(d -> d.findElements(By.cssSelector("#insns .insn")).size() == 7);
            assertThat(b.driver.findElement(By.cssSelector("#insns .insn[data-pc='2'] .insn-text")).getText()).isEqualTo("loop: r4 += 1");
            b.wait.until(d -> "0".equals(currentPc(b)));

            // F10 steps: r3 changes (highlighted) and the pc marker moves
            new Actions(b.driver).sendKeys(Keys.F10).perform();
            b.wait.until(d -> "1".equals(currentPc(b)));
            assertThat(b.driver.findElement(By.id("reg-r3")).getText()).isEqualTo("0x7");
            assertThat(b.driver.findElement(By.cssSelector("#run-regs tbody tr.changed")).getText()).startsWith("r3");
            new Actions(b.driver).sendKeys(Keys.F10).perform();
            b.wait.until(d -> "2".equals(currentPc(b)));
            assertThat(b.driver.findElements(By.cssSelector("#run-regs tbody tr.changed"))).isEmpty();   // r4 = 0 was 0
            new Actions(b.driver).sendKeys(Keys.F10).perform();
            b.wait.until(d -> "3".equals(currentPc(b)));
            assertThat(b.driver.findElement(By.id("reg-r4")).getText()).isEqualTo("0x1");
            b.screenshot("run-stepped");

            // Shift+F11 steps back
            new Actions(b.driver).keyDown(Keys.SHIFT).sendKeys(Keys.F11).keyUp(Keys.SHIFT).perform();
            b.wait.until(d -> "2".equals(currentPc(b)));
            assertThat(b.driver.findElement(By.id("reg-r4")).getText()).isEqualTo("0x0");

            // a breakpoint on the store (gutter click), F5 continues to it
            b.driver.findElement(By.cssSelector("#insns .insn[data-pc='4'] .bp-gutter")).click();
            b.wait.until(d -> d.findElements(By.cssSelector("#insns .insn.bp")).size() == 1);
            new Actions(b.driver).sendKeys(Keys.F5).perform();
            b.wait.until(d -> "4".equals(currentPc(b)));
            assertThat(b.driver.findElement(By.id("run-status")).getText()).contains("breakpoint");
            assertThat(b.driver.findElement(By.id("reg-r4")).getText()).isEqualTo("0x5");
            b.screenshot("run-at-breakpoint");

            // F5 again runs to the exit; the stored bytes are highlighted in the stack
            new Actions(b.driver).sendKeys(Keys.F5).perform();
            b.wait.until(d -> d.findElement(By.id("run-status")).getText().startsWith("exited: r0 = 0x5"));
            assertThat(b.driver.findElements(By.cssSelector("#stack-bytes .byte.changed"))).hasSize(1);
            assertThat(b.driver.findElement(By.cssSelector("#stack-bytes .byte.changed")).getText()).isEqualTo("07");
            assertThat(b.js("return window.__stillHere === true")).as("F5 must not reload the page").isEqualTo(true);
            b.screenshot("run-exited");
            System.out.printf("browser: socket open at %.0f ms, first machine state shown at %.0f ms after navigation%n",
                    ((Number) b.js("return window.bpfplay.socketOpenMs")).doubleValue(),
                    ((Number) b.js("return window.bpfplay.firstStateMs")).doubleValue());
        }
    }

    @Test
    void anExampleWithAPacketShowsItsFieldsAndRunsToTheCursorInTheDarkTheme() throws Exception {
        try (Browser b = new Browser(1280, 720)) {
            ready(b, url("/"));
            if (!"dark".equals(b.js("return document.documentElement.dataset.theme"))) {
                b.driver.findElement(By.id("theme-toggle")).click();
            }
            b.wait.until(d -> d.findElements(By.cssSelector("#examples option[value='is-udp']")).size() == 1);
            new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("examples"))).selectByValue("is-udp");
            b.wait.until(d -> d.findElement(By.id("packet-fields")).getText().contains("udp.dport = 53"));
            assertThat(b.driver.findElement(By.id("packet-fields")).getText()).contains("ipv4.proto = 17");
            // byte 23 (the IPv4 protocol the program reads) is named in the packet bytes
            // (read inside a wait: the bytes pane re-renders when the run's first state arrives)
            b.wait.until(d -> {
                java.util.List<WebElement> bytes = d.findElements(By.cssSelector("#packet-bytes .byte"));
                if (bytes.size() <= 23) {
                    return false;
                }
                String title = bytes.get(23).getDomAttribute("title");
                return "11".equals(bytes.get(23).getText()) && title != null && title.contains("ipv4.proto = 17");
            });
            b.wait.until(d -> "0".equals(currentPc(b)));
            // the cursor on line 14 ("r0 = 1", XDP_DROP), then "To cursor"
            b.js("const v = window.bpfplay.editor.view; v.dispatch({selection: {anchor: v.state.doc.line(14).from}})");
            b.driver.findElement(By.id("btn-run-to")).click();
            b.wait.until(d -> d.findElement(By.cssSelector("#insns .insn.current")).getText().contains("r0 = 1"));
            assertThat(b.driver.findElement(By.id("reg-r4")).getText()).isEqualTo("0x11");
            assertThat(b.driver.findElement(By.cssSelector("#editor .cm-runLine")).getText()).contains("r0 = 1");
            b.screenshot("run-to-cursor-dark");
            new Actions(b.driver).sendKeys(Keys.F5).perform();
            b.wait.until(d -> d.findElement(By.id("run-status")).getText().startsWith("exited: r0 = 0x1 (XDP_DROP)"));
        }
    }

    private static String currentPc(Browser b) {
        java.util.List<WebElement> current = b.driver.findElements(By.cssSelector("#insns .insn.current"));
        return current.size() == 1 ? current.get(0).getDomAttribute("data-pc") : null;
    }

    @Test
    void aShareLinkOpensTheSameProgramAndViewInAFreshBrowser() throws Exception {
        String program = "r0 = 7 ; shared " + UUID.randomUUID().toString().substring(0, 8);
        String link;
        String selfContained;
        try (Browser b = new Browser(1280, 720)) {
            ready(b, url("/"));
            WebElement content = b.driver.findElement(By.cssSelector("#editor .cm-content"));
            content.click();
            new Actions(b.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
            content.sendKeys(program, Keys.ENTER, "exit");
            b.driver.findElement(By.id("tab-run")).click();
            b.driver.findElement(By.id("btn-share")).click();
            b.wait.until(d -> !d.findElement(By.id("share-url")).getDomProperty("value").isEmpty());
            link = b.driver.findElement(By.id("share-url")).getDomProperty("value");
            assertThat(link).matches("http://localhost:" + port + "/s/[a-z2-7]{8,}");
            b.wait.until(d -> !d.findElement(By.id("share-fragment-url")).getDomProperty("value").isEmpty());
            selfContained = b.driver.findElement(By.id("share-fragment-url")).getDomProperty("value");
            assertThat(selfContained).startsWith("http://localhost:" + port + "/#z=").hasSizeLessThanOrEqualTo(2000);
            b.screenshot("share-created");
        }
        try (Browser fresh = new Browser(1280, 720)) {
            ready(fresh, link);
            fresh.wait.until(ExpectedConditions.attributeToBeNotEmpty(fresh.driver.findElement(By.tagName("body")), "data-loaded"));
            assertThat(fresh.js("return window.bpfplay.editor.text()")).isEqualTo(program + "\nexit");
            assertThat(fresh.driver.findElement(By.id("tab-run")).getDomAttribute("aria-selected")).isEqualTo("true");
            assertThat(fresh.driver.findElement(By.id("view-run")).isDisplayed()).isTrue();
            fresh.screenshot("share-opened");
        }
        // the self-contained link needs no stored share: it carries the program in its fragment
        try (Browser fresh = new Browser(1280, 720)) {
            ready(fresh, selfContained);
            fresh.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "self-contained link"));
            assertThat(fresh.js("return window.bpfplay.editor.text()")).isEqualTo(program + "\nexit");
            assertThat(fresh.driver.findElement(By.id("tab-run")).getDomAttribute("aria-selected")).isEqualTo("true");
        }
    }
}
