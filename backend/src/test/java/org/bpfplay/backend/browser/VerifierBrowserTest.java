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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The verifier view in a real headless Chromium: type a program, see the kernel's rejection with the
 * failing instruction marked, step through the verifier's steps with the keyboard and see a register
 * change, click a log line, open the CFG and click a block, fix the program and see it accepted.
 * Screenshots of the verifier and CFG views go to target/screenshots/.
 */
@WebTest
class VerifierBrowserTest {
    static final String REJECTED = "r2 = *(u32 *)(r1 + 12)\nr0 = 0\nif r2 > 10 goto +1\nexit\nr0 = *(u8 *)(r2 + 0)\nexit";

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromium() {
        String why = Browser.missing();
        assumeTrue(why == null, why);
    }

    private static void type(Browser b, String text) {
        WebElement content = b.driver.findElement(By.cssSelector("#editor .cm-content"));
        content.click();
        new Actions(b.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).perform();
        b.js("window.bpfplay.editor.setText(arguments[0])", text);   // typing into CodeMirror adds auto-indent
    }

    private static String text(Browser b, String css) {
        return b.driver.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void rejectStepThroughOpenTheCfgAndFix() throws Exception {
        try (Browser b = new Browser(1280, 720)) {
            b.driver.get("http://localhost:" + port + "/");
            b.wait.until(ExpectedConditions.attributeToBe(By.id("socket-status"), "data-state", "open"));
            // the example program is verified on load
            b.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-verdict") != null);
            Object firstState = b.js("return window.bpfplay.firstVerifierStateMs - window.bpfplay.socketOpenMs");
            System.out.println("page: socket open -> first verifier state shown: " + firstState + " ms");

            type(b, REJECTED);
            b.wait.until(d -> "rejected".equals(d.findElement(By.tagName("body")).getAttribute("data-verdict"))
                    && text(b, "#view-verifier .v-verdict").contains("R2 invalid mem access 'scalar'"));
            assertThat(text(b, "#view-verifier .v-verdict")).isEqualTo("rejected (EACCES): R2 invalid mem access 'scalar'");
            assertThat(text(b, "#view-verifier .v-reject")).contains("at pc 4, line 5").contains("register R2");
            WebElement failed = b.driver.findElement(By.cssSelector("#insns .insn.v-failed"));
            assertThat(failed.getAttribute("data-pc")).isEqualTo("4");
            assertThat(b.driver.findElements(By.cssSelector("#insns .insn.v-unvisited"))).hasSize(1);
            // the failing step is selected, R2 blamed
            assertThat(text(b, "#view-verifier .v-pos")).isEqualTo("step 5/5 · pc 4 · path 2/2 · rejected here");
            assertThat(b.driver.findElement(By.cssSelector("#view-verifier .v-regs tr[data-reg='2']")).getAttribute("class")).contains("blame");
            b.screenshot("verifier-rejected");

            // keyboard: Home, then Right: step 2 (pc 1) sets R0 = 0
            WebElement view = b.driver.findElement(By.id("view-verifier"));
            view.click();
            view.sendKeys(Keys.HOME);
            b.wait.until(d -> text(b, "#view-verifier .v-pos").startsWith("step 1/5 · pc 0"));
            assertThat(text(b, "#view-verifier .v-changes")).contains("R2 ? → scalar(smin=0,smax=umax=0xffffffff,var_off=(0x0; 0xffffffff))");
            view.sendKeys(Keys.ARROW_RIGHT);
            b.wait.until(d -> text(b, "#view-verifier .v-pos").startsWith("step 2/5 · pc 1"));
            WebElement r0 = b.driver.findElement(By.cssSelector("#view-verifier .v-regs tr[data-reg='0']"));
            assertThat(r0.getAttribute("class")).contains("changed");
            assertThat(r0.getText()).contains("scalar").contains("0");
            assertThat(text(b, "#view-verifier .v-changes")).contains("R0 ? → 0");
            view.sendKeys(Keys.ARROW_RIGHT);
            b.wait.until(d -> text(b, "#view-verifier .v-pos").startsWith("step 3/5 · pc 2"));
            assertThat(text(b, "#view-verifier .v-notes")).contains("branch at pc 2: both ways");
            assertThat(text(b, "#view-verifier .v-changes")).contains("R2 scalar(smin=0,smax=umax=0xffffffff");
            // the step's instruction and log line are highlighted
            assertThat(b.driver.findElement(By.cssSelector("#insns .insn.v-step")).getAttribute("data-pc")).isEqualTo("2");
            assertThat(b.driver.findElement(By.cssSelector("#view-verifier .v-log .log-line.active")).getText()).startsWith("2: (25) if r2 > 0xa goto pc+1");
            // a click on a log line selects its step
            b.driver.findElement(By.cssSelector("#view-verifier .v-log .insn-line[data-pc='0']")).click();
            b.wait.until(d -> text(b, "#view-verifier .v-pos").startsWith("step 1/5 · pc 0"));
            // the paths timeline: the second path (popped 2 -> 4) ends rejected
            assertThat(text(b, "#view-verifier .v-paths")).contains("1. from pc 0: 4 steps").contains("2. pc 2 → 4: 1 step").contains("rejected at pc 4");

            // CFG: three blocks, the failing one red; click the first block
            b.driver.findElement(By.id("tab-cfg")).click();
            b.wait.until(d -> d.findElements(By.cssSelector("#view-cfg .cfg-block")).size() == 3);
            assertThat(b.driver.findElements(By.cssSelector("#view-cfg .cfg-block.failed"))).hasSize(1);
            assertThat(b.driver.findElements(By.cssSelector("#view-cfg .cfg-edge.failpath"))).hasSize(1);
            assertThat(b.driver.findElements(By.cssSelector("#view-cfg .cfg-block.explored"))).hasSize(3);
            b.screenshot("cfg-rejected");
            b.js("window.bpfplay.verifier.select(99)");
            b.driver.findElement(By.cssSelector("#view-cfg .cfg-block[data-start='3']")).click();
            b.wait.until(d -> d.findElement(By.cssSelector("#view-cfg .cfg-block[data-start='3']")).getAttribute("class").contains("current"));
            assertThat((Long) b.js("return window.bpfplay.verifier.selected()")).isEqualTo(3L);

            // fix it: check r2 is a packet pointer instead -> accepted
            b.driver.findElement(By.id("tab-verifier")).click();
            type(b, "r0 = 0\nr2 = *(u32 *)(r1 + 12)\nif r2 > 10 goto +1\nr0 = 1\nexit");
            b.wait.until(d -> "accepted".equals(d.findElement(By.tagName("body")).getAttribute("data-verdict")));
            assertThat(text(b, "#view-verifier .v-verdict")).startsWith("accepted: processed");
            assertThat(b.driver.findElements(By.cssSelector("#insns .insn.v-failed"))).isEmpty();
            assertThat(b.driver.findElement(By.cssSelector("#view-verifier .v-reject")).isDisplayed()).isFalse();
            b.screenshot("verifier-accepted");
            b.driver.findElement(By.id("tab-cfg")).click();
            b.wait.until(d -> d.findElements(By.cssSelector("#view-cfg .cfg-block")).size() == 3
                    && d.findElements(By.cssSelector("#view-cfg .cfg-block.failed")).isEmpty());
            b.screenshot("cfg-accepted");
            // the dark theme: the graph's colours follow it
            String light = (String) b.js("return getComputedStyle(document.querySelector('#view-cfg .cfg-block rect')).fill");
            b.driver.findElement(By.id("theme-toggle")).click();
            b.wait.until(d -> !light.equals(b.js("return getComputedStyle(document.querySelector('#view-cfg .cfg-block rect')).fill")));
            b.screenshot("cfg-accepted-" + b.js("return document.documentElement.dataset.theme"));
            b.driver.findElement(By.id("tab-verifier")).click();
            b.screenshot("verifier-accepted-" + b.js("return document.documentElement.dataset.theme"));
            // a loop: its back edge is drawn, a long forward edge goes round
            type(b, "r0 = 0\nr1 = 0\nloop:\nr1 += 1\nr0 += r1\nif r1 < 10 goto loop\nif r0 > 100 goto +1\nr0 = 0\nexit");
            b.driver.findElement(By.id("tab-cfg")).click();
            b.wait.until(d -> d.findElements(By.cssSelector("#view-cfg .cfg-block")).size() == 5);
            assertThat(b.driver.findElements(By.cssSelector("#view-cfg .cfg-edge.back"))).hasSize(1);
            b.screenshot("cfg-loop-" + b.js("return document.documentElement.dataset.theme"));
        }
    }
}
