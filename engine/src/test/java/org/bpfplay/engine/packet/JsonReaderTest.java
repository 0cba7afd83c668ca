package org.bpfplay.engine.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strict JSON reader: RFC 8259 values in, errors with line and column for anything else. */
class JsonReaderTest {
    @Test
    void readsAllValueKinds() {
        JsonReader.Result r = JsonReader.read(" {\"a\": [1, -2.5e3, true, false, null, \"x\\u00e9\\n\\/\"], \"b\": {}}\n");
        assertTrue(r.ok(), String.valueOf(r.error()));
        Map<?, ?> m = (Map<?, ?>) r.value();
        List<?> a = (List<?>) m.get("a");
        assertEquals(new JsonReader.JsonNumber("1"), a.get(0));
        assertEquals(new JsonReader.JsonNumber("-2.5e3"), a.get(1));
        assertEquals(Boolean.TRUE, a.get(2));
        assertEquals(Boolean.FALSE, a.get(3));
        assertEquals(JsonReader.NULL, a.get(4));
        assertEquals("x\u00e9\n/", a.get(5));
        assertEquals(Map.of(), m.get("b"));
    }

    @Test
    void rejectsWhatStrictJsonRejects() {
        for (String bad : List.of("", "{", "[1,]", "{\"a\":1,}", "{'a':1}", "[01]", "[1.]", "[.5]", "[+1]", "[1e]",
                "\"tab\there\"", "\"\\x41\"", "\"\\u12\"", "[1] 2", "tru", "{\"a\" 1}", "[\"unclosed]", "NaN",
                "[" .repeat(100) + "]".repeat(100))) {
            JsonReader.Result r = JsonReader.read(bad);
            assertFalse(r.ok(), bad);
            assertTrue(r.error().location().startsWith("line "), r.error().toString());
        }
    }

    @Test
    void errorPositionCountsLines() {
        JsonReader.Result r = JsonReader.read("{\n  \"a\": 1,\n  \"b\": ?\n}");
        assertEquals(new PacketError("line 3 column 8", "unexpected '?', expected a JSON value"), r.error());
    }
}
