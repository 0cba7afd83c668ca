package org.bpfplay.backend.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.bpfplay.backend.WebTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The run view over the engine's runtime in a real headless Chromium: an XDP example with an array map
 * (the program type and map seed come from the example), stepping until the map value changes in the
 * table (highlighted), stepping back to the seeded value, editing an entry from the page, the context
 * fields and the verdict's name; then the registers' verifier column next to the concrete values, and the
 * Privileges box turning a program root may load into a CAP_BPF-only rejection. Screenshots go to
 * target/screenshots/.
 */
@WebTest
class RunViewBrowserTest {
    @LocalServerPort
    int port;

    @BeforeAll
    static void chromium() {
        String why = Browser.missing();
        assumeTrue(why == null, why);
    }

    private static String currentPc(Browser b) {
        java.util.List<WebElement> current = b.driver.findElements(By.cssSelector("#insns .insn.current"));
        return current.size() == 1 ? current.get(0).getDomAttribute("data-pc") : null;
    }

    private static String classOf(WebElement e) {
        String c = e.getDomAttribute("class");
        return c == null ? "" : c;
    }

    private static WebElement row(Browser b, String key) {
        return b.driver.findElement(By.cssSelector("#run-maps section[data-map='counts'] tr[data-key='" + key + "']"));
    }

    @Test
    void aMapValueChangesInTheTableStepBackRestoresItAndAnEntryCanBeEdited() throws Exception {
        try (Browser b = new Browser(1280, 720)) {
            b.driver.get("http://localhost:" + port + "/");
            b.wait.until(ExpectedConditions.attributeToBe(By.id("socket-status"), "data-state", "open"));
            b.wait.until(d -> d.findElements(By.cssSelector("#examples option[value='proto-counter']")).size() == 1);
            new Select(b.driver.findElement(By.id("examples"))).selectByValue("proto-counter");
            assertThat(new Select(b.driver.findElement(By.id("prog-type"))).getFirstSelectedOption().getText()).isEqualTo("xdp");
            assertThat(b.driver.findElement(By.id("map-seeds")).getDomProperty("value")).isEqualTo("counts:11000000=0500000000000000");
            // the seeded entry is in the table; the context shows xdp_md's fields
            b.wait.until(d -> d.findElements(By.cssSelector("#run-maps section[data-map='counts'] tr[data-key='11000000']")).size() == 1);
            b.wait.until(d -> "0".equals(currentPc(b)));
            assertThat(row(b, "11000000").findElement(By.cssSelector(".map-v")).getText()).isEqualTo("0500000000000000");
            assertThat(row(b, "11000000").findElement(By.cssSelector(".map-n")).getText()).isEqualTo("5");
            assertThat(b.driver.findElement(By.id("ctx-table")).getText()).contains("data_end").contains("ingress_ifindex");

            // step into until the atomic add changes counts[17]
            for (int i = 0; i < 30 && !classOf(row(b, "11000000")).contains("changed"); i++) {
                String before = currentPc(b);
                new Actions(b.driver).sendKeys(Keys.F11).perform();
                b.wait.until(d -> currentPc(b) != null && !currentPc(b).equals(before));
            }
            WebElement changed = row(b, "11000000");
            assertThat(classOf(changed)).contains("changed");
            assertThat(changed.findElement(By.cssSelector(".map-v")).getText()).isEqualTo("0600000000000000");
            assertThat(changed.findElement(By.cssSelector(".map-n")).getText()).isEqualTo("6");
            assertThat(b.driver.findElements(By.cssSelector("#run-maps tr.changed"))).hasSize(1);
            b.js("arguments[0].scrollIntoView({block: 'center'})", changed);
            b.screenshot("run-map-changed");

            // step back: the seeded value again, highlighted as the change
            new Actions(b.driver).keyDown(Keys.SHIFT).sendKeys(Keys.F11).keyUp(Keys.SHIFT).perform();
            b.wait.until(d -> "0500000000000000".equals(row(b, "11000000").findElement(By.cssSelector(".map-v")).getText()));
            assertThat(classOf(row(b, "11000000"))).contains("changed");

            // edit counts[1] from the page: the edit button fills the form, Enter sends setMapEntry
            row(b, "01000000").findElement(By.cssSelector(".map-row-edit")).click();
            WebElement value = b.driver.findElement(By.cssSelector("#run-maps section[data-map='counts'] .map-value"));
            value.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2a00000000000000", Keys.ENTER);
            b.wait.until(d -> "2a00000000000000".equals(row(b, "01000000").findElement(By.cssSelector(".map-v")).getText()));
            assertThat(row(b, "01000000").findElement(By.cssSelector(".map-n")).getText()).isEqualTo("42");
            assertThat(b.driver.findElement(By.id("map-seeds")).getDomProperty("value")).contains("counts:01000000=2a00000000000000");
            // a key of the wrong size is answered as data, shown next to the form
            WebElement key = b.driver.findElement(By.cssSelector("#run-maps section[data-map='counts'] .map-key"));
            key.sendKeys(Keys.chord(Keys.CONTROL, "a"), "01", Keys.ENTER);
            b.wait.until(d -> d.findElement(By.cssSelector("#run-maps section[data-map='counts'] .map-error")).getText()
                    .contains("'key' must be 4 bytes"));

            // continue to the end: the verdict's name in the status
            new Actions(b.driver).sendKeys(Keys.F5).perform();
            b.wait.until(d -> d.findElement(By.id("run-status")).getText().startsWith("exited: r0 = 0x2 (XDP_PASS)"));
            b.js("document.getElementById('view-run').scrollTop = 0");
            b.screenshot("run-view-" + b.js("return document.documentElement.dataset.theme"));
        }
    }

    @Test
    void theBpfLoopExampleVerifiesAndItsCallbackRuns() throws Exception {
        try (Browser b = new Browser(1280, 720)) {
            b.driver.get("http://localhost:" + port + "/");
            b.wait.until(ExpectedConditions.attributeToBe(By.id("socket-status"), "data-state", "open"));
            b.wait.until(d -> d.findElements(By.cssSelector("#examples option[value='bpf-loop-sum']")).size() == 1);
            new Select(b.driver.findElement(By.id("examples"))).selectByValue("bpf-loop-sum");
            // the verifier follows the callback (Linux 6.18 processes 43 instructions) and accepts
            b.wait.until(d -> "accepted".equals(d.findElement(By.tagName("body")).getAttribute("data-verdict")));
            b.wait.until(d -> d.findElement(By.cssSelector("#view-verifier .v-verdict")).getDomProperty("textContent")
                    .startsWith("accepted: processed 43 insns"));
            // the run calls the callback ten times: result[0] = 0 + 1 + 4 + ... + 81 = 285
            b.wait.until(d -> "0".equals(currentPc(b)));
            new Actions(b.driver).sendKeys(Keys.F5).perform();
            b.wait.until(d -> d.findElement(By.id("run-status")).getText().startsWith("exited: r0 = 0x2 (XDP_PASS)"));
            WebElement result = b.driver.findElement(
                    By.cssSelector("#run-maps section[data-map='result'] tr[data-key='00000000']"));
            assertThat(result.findElement(By.cssSelector(".map-v")).getText()).isEqualTo("1d01000000000000");
            assertThat(result.findElement(By.cssSelector(".map-n")).getText()).isEqualTo("285");
            b.screenshot("run-bpf-loop");
        }
    }

    private static String verifierCell(Browser b, int reg) {
        return b.driver.findElement(By.cssSelector("#run-regs tbody tr:nth-child(" + (reg + 1) + ") td.reg-verifier")).getDomProperty("textContent");
    }

    @Test
    void theVerifierColumnShowsTheStateAtThePcAndCapBpfOnlyRejectsAPointerLeak() throws Exception {
        try (Browser b = new Browser(1280, 720)) {
            b.driver.get("http://localhost:" + port + "/");
            b.wait.until(ExpectedConditions.attributeToBe(By.id("socket-status"), "data-state", "open"));
            assertThat(new Select(b.driver.findElement(By.id("prog-mode"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("root");
            // the first program (the draft) is verified first; forget its verdict to wait for ours
            b.wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-verdict") != null);
            b.js("delete document.body.dataset.verdict");
            // returning the ctx pointer: root may leak pointers, CAP_BPF alone may not
            b.js("window.bpfplay.editor.setText(arguments[0])", "r2 = 42\nr0 = r1\nexit\n");
            b.wait.until(d -> "accepted".equals(d.findElement(By.tagName("body")).getDomAttribute("data-verdict")));
            b.wait.until(d -> "0".equals(currentPc(b)));
            b.wait.until(d -> verifierCell(b, 1).contains("ctx"));
            assertThat(verifierCell(b, 2)).isEqualTo("not init");

            // one step: r2 holds 0x2a and the verifier column says what the verifier proved at pc 1
            new Actions(b.driver).sendKeys(Keys.F11).perform();
            b.wait.until(d -> "1".equals(currentPc(b)));
            b.wait.until(d -> "0x2a".equals(d.findElement(By.id("reg-r2")).getText()));
            b.wait.until(d -> verifierCell(b, 2).contains("42"));
            assertThat(verifierCell(b, 1)).contains("ctx");
            assertThat(b.driver.findElement(By.cssSelector("#run-regs thead")).getText()).contains("verifier");
            b.js("document.getElementById('view-run').scrollTop = 0");
            b.screenshot("run-verifier-column");

            // CAP_BPF only: the same program is verified again on the change and rejected
            new Select(b.driver.findElement(By.id("prog-mode"))).selectByValue("cap_bpf");
            b.wait.until(d -> "rejected".equals(d.findElement(By.tagName("body")).getDomAttribute("data-verdict")));
            b.wait.until(d -> d.findElement(By.cssSelector("#view-verifier .v-verdict")).getDomProperty("textContent")
                    .contains("R0 leaks addr as return value"));
            // and back to root: accepted again
            new Select(b.driver.findElement(By.id("prog-mode"))).selectByValue("root");
            b.wait.until(d -> "accepted".equals(d.findElement(By.tagName("body")).getDomAttribute("data-verdict")));
        }
    }
}
