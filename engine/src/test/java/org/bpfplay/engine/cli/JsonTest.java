package org.bpfplay.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesNestedValuesInOrderOnOneLine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", "a \"b\"\\c\n");
        m.put("retval", 18L);
        m.put("ok", true);
        m.put("errno", null);
        m.put("maps", Map.of());
        m.put("list", Arrays.asList(1, "x", null));
        assertEquals("{\"program\": \"a \\\"b\\\"\\\\c\\n\", \"retval\": 18, \"ok\": true, \"errno\": null,"
                + " \"maps\": {}, \"list\": [1, \"x\", null]}", Json.write(m));
    }

    @Test
    void escapesControlCharacters() {
        assertEquals("\"\\u0001\\t\"", Json.write("\u0001\t"));
    }

    @Test
    void refusesValuesThatAreNotJson() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(new Object())));
    }
}
