package org.bpfplay.engine.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors carry line:column and say what is wrong; all of a file's errors come in one pass; nothing throws. */
class AssemblerErrorsTest {

    private static AsmError onlyError(String source) {
        AsmResult r = Assembler.assemble(source);
        assertFalse(r.ok(), "expected an error for: " + source);
        assertNull(r.program());
        assertEquals(1, r.errors().size(), () -> "errors: " + r.errors());
        return r.errors().get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "r11 = 1                          | 1 | unknown register r11",
        "w12 += 1                         | 1 | unknown register w12",
        "r1 = *(u32 *)(r2 + 40000)        | 20 | offset 40000 does not fit in 16 bits",
        "*(u64 *)(r10 - 32769) = r1       | 16 | offset -32769 does not fit in 16 bits",
        "goto out                         | 6 | label 'out' is not defined",
        "if r1 > 2 goto nowhere           | 16 | label 'nowhere' is not defined",
        "r0 +== 1                         | 6 | unknown instruction 'r0 +== 1'",
        "frobnicate r1                    | 1 | unknown instruction 'frobnicate r1'",
        "r0 = 4294967296                  | 6 | immediate 4294967296 does not fit in 32 bits",
        "r0 = -2147483649                 | 6 | immediate -2147483649 does not fit in 32 bits",
        "if r1 == 0x100000000 goto +1     | 10 | does not fit in 32 bits",
        "*(u32 *)(r1 + 0) = 0x100000000   | 20 | stored value 0x100000000 does not fit in 32 bits",
        "goto +32768                      | 6 | jump offset +32768 does not fit in 16 bits",
        "w1 += r2                         | 7 | register r2 is 64-bit but w1 is 32-bit: write w2 to match",
        "r1 = -r2                         | 7 | r1 = -r1",
        "r1 = be16 r2                     | 11 | r1 = be16 r1",
        "r1 = *(u32 *)(r2)                | 17 | (r2 + 0)",
        "r1 = atomic_fetch_add((u64 *)(r2 + 0), r3) | 40 | r1 = atomic_fetch_add(..., r1)",
        "r1 = cmpxchg_64(r1 + 0, r0, r2)  | 1 | cmpxchg_64 always compares with and returns into r0",
        "lock *(u16 *)(r1 + 0) += r2      | 8 | u32 or u64",
        "r0 = 1 2                         | 8 | unexpected '2'",
        "r0 = 1/0                         | 7 | division by zero",
        "r0 = 1 + foo                     | 10 | cannot use a name",
        "r0 = 1 + (2                      | 12 | expected ')'",
        "call nosuch                      | 6 | 'nosuch' is neither a label in this file nor a known helper",
        "r1 = nomap ll                    | 6 | 'nomap' is not a declared map or a label",
        "r1 = nomap                       | 11 | r1 = nomap ll",
        "w1 = 5 ll                        | 1 | needs a 64-bit register",
        ".long 5                          | 1 | data directive '.long' is not supported",
        ".bogus                           | 1 | unknown directive '.bogus'",
        "r0 = 10h                         | 6 | '10h' is not a number",
        "r0 = 0x1ffffffffffffffff ll      | 6 | too large",
        "r0 = 1 ` x                       | 8 | unexpected character '`'",
        "/* never closed                  | 1 | never closed",
        "w0 = bswap16w0                   | 6 | put a space before the register: w0 = bswap16 w0",
        "r0 = r1 + 1                      | 9 | one operation per instruction: write 'r0 = r1' and then 'r0 += ...'",
        "mov r0, 1                        | 1 | instructions look like 'r0 = 1'",
        "lock *(u32 *)(r2 + 4) ^= r3      | 26 | a u32 atomic uses w registers: write w3",
        "r0 = atomic_fetch_or((u32 *)(r1 + 0), r0) | 1 | a u32 atomic uses w registers: write w0",
        "1: goto 1f                       | 9 | label '1f' is not defined",
    })
    void errorHasPositionAndMessage(String source, int column, String fragment) {
        AsmError e = onlyError(source);
        assertEquals(1, e.line(), e::toString);
        assertEquals(column, e.column(), e::toString);
        assertTrue(e.message().contains(fragment), () -> "message '" + e.message() + "' lacks '" + fragment + "'");
    }

    @Test
    void duplicateLabelNamesTheFirstDefinition() {
        AsmError e = onlyError("out: exit\nr0 = 1\n  out: exit\n");
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertEquals("label 'out' is already defined at line 1", e.message());
    }

    @Test
    void aDuplicateLabelStillAssemblesItsInstructionSoLaterErrorsAreExact() {
        AsmResult r = Assembler.assemble("a: r0 = 0\na: r0 = 1\nr1 = 1 2\n");
        assertEquals(List.of("2:1", "3:8"), List.of(r.errors().get(0).line() + ":" + r.errors().get(0).column(),
                r.errors().get(1).line() + ":" + r.errors().get(1).column()), r.errors()::toString);
    }

    @Test
    void deeplyNestedConstantIsAnErrorNotACrash() {
        AsmError e = onlyError("r0 = 1+" + "(".repeat(100000) + "1");
        assertTrue(e.message().contains("nested too deeply"), e.message());
    }

    @Test
    void tooFarJumpSuggestsGotol() {
        StringBuilder src = new StringBuilder("goto far\n");
        for (int i = 0; i < 33000; i++) {
            src.append("r0 = 0\n");
        }
        src.append("far: exit\n");
        AsmError e = onlyError(src.toString());
        assertEquals(1, e.line());
        assertEquals(6, e.column());
        assertTrue(e.message().contains("33000 instructions away") && e.message().contains("use 'gotol far'"),
                e.message());
        assertTrue(Assembler.assemble(src.toString().replace("goto far", "gotol far")).ok());
    }

    @Test
    void reportsEveryErrorOfAFileInOnePass() {
        String src = String.join("\n",
                "r0 = 0",
                "r11 = 1",
                "if r1 > r2 goto missing",
                "r1 = *(u8 *)(r2 + 70000)",
                "exit",
                "w1 -= r1 ; r2 +== 3",
                "bad stuff here",
                "call nothing_like_this");
        AsmResult r = Assembler.assemble(src);
        List<String> where = new ArrayList<>();
        for (AsmError e : r.errors()) {
            where.add(e.line() + ":" + e.column());
        }
        assertEquals(List.of("2:1", "3:17", "4:19", "6:7", "6:17", "7:1", "8:6"), where, r.errors()::toString);
    }

    @Test
    void randomGarbageNeverThrows() {
        Random random = new Random(20261125);
        String alphabet = "rw0123456789 =+-*/%<>&|^!()[],:;#.'\"xlsbuegotifcal\t\n_ll@~`\\";
        String[] pieces = {"r1", "w2", "=", "+=", "s>>=", "*(u32 *)", "(r10 - 8)", "ll", "goto", "if", "call",
            "lock", "exit", "0x", "-", "(", ")", "skb[", "]", "atomic_fetch_add((u64 *)", ",", ".map", "label:",
            "0xffffffffffffffffff", "'", "/*", "\n", ";", "r99", "be16", "cmpxchg_64(", "gotol", "may_goto"};
        for (int round = 0; round < 400; round++) {
            StringBuilder src = new StringBuilder();
            int len = random.nextInt(60);
            for (int i = 0; i < len; i++) {
                if (random.nextBoolean()) {
                    src.append(alphabet.charAt(random.nextInt(alphabet.length())));
                } else {
                    src.append(pieces[random.nextInt(pieces.length)]).append(' ');
                }
            }
            AsmResult r = Assembler.assemble(src.toString());
            assertNotNull(r);
            assertTrue(r.ok() == (r.program() != null));
            for (AsmError e : r.errors()) {
                assertTrue(e.line() >= 1 && e.column() >= 1 && !e.message().isBlank(), e::toString);
            }
        }
        assertTrue(Assembler.assemble(null).ok());
        assertTrue(Assembler.assemble("\uFEFFr0 = 1\r\nexit\r\n").ok());
        assertTrue(Assembler.assemble("").ok());
    }
}
