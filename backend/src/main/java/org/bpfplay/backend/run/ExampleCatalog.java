package org.bpfplay.backend.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The example programs of the examples menu, read once from {@code classpath:examples/}: the list and
 * titles in {@code index.properties}, each program in {@code <id>.s}.
 */
@Component
public class ExampleCatalog {
    /** One example: its id, title, input packet (description or hex, may be empty) and source. */
    public record Example(String id, String title, String packet, String source) {
    }

    private final List<Example> examples;

    public ExampleCatalog() {
        Properties index = new Properties();
        try (InputStream in = new ClassPathResource("examples/index.properties").getInputStream()) {
            index.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            List<Example> list = new ArrayList<>();
            for (String id : index.getProperty("order").split("\\s*,\\s*")) {
                String[] parts = index.getProperty(id).split("\\|", 2);
                String source;
                try (InputStream s = new ClassPathResource("examples/" + id + ".s").getInputStream()) {
                    source = new String(s.readAllBytes(), StandardCharsets.UTF_8);
                }
                list.add(new Example(id, parts[0].strip(), parts.length > 1 ? parts[1].strip() : "", source));
            }
            examples = List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException("examples missing from the classpath", e);
        }
    }

    public List<Example> all() {
        return examples;
    }

    /** {@code {examples: [{id, title, packet, source}]}}. */
    public ObjectNode json() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode list = out.putArray("examples");
        for (Example e : examples) {
            list.addObject().put("id", e.id()).put("title", e.title()).put("packet", e.packet()).put("source", e.source());
        }
        return out;
    }
}
