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
 * titles in {@code index.properties}, each program in {@code <id>.s} with {@code -} written {@code _} (the
 * repository's {@code examples/*.s} are copied there by the build).
 */
@Component
public class ExampleCatalog {
    /**
     * One example: its id, title, input packet (description or hex, may be empty), program type, map
     * seeds ({@code NAME:KEYHEX=VALUEHEX}) and source.
     */
    public record Example(String id, String title, String packet, String type, List<String> mapSeeds, String source) {
    }

    private final List<Example> examples;

    public ExampleCatalog() {
        Properties index = new Properties();
        try (InputStream in = new ClassPathResource("examples/index.properties").getInputStream()) {
            index.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            List<Example> list = new ArrayList<>();
            for (String id : index.getProperty("order").split("\\s*,\\s*")) {
                String[] parts = index.getProperty(id).split("\\|", -1);
                String source;
                try (InputStream s = new ClassPathResource("examples/" + id.replace('-', '_') + ".s").getInputStream()) {
                    source = new String(s.readAllBytes(), StandardCharsets.UTF_8);
                }
                String type = part(parts, 2);
                String seeds = part(parts, 3);
                list.add(new Example(id, part(parts, 0), part(parts, 1), type.isEmpty() ? RunSettings.DEFAULT_TYPE.oracleName : type,
                        seeds.isEmpty() ? List.of() : List.of(seeds.split("\\s+")), source));
            }
            examples = List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException("examples missing from the classpath", e);
        }
    }

    private static String part(String[] parts, int i) {
        return parts.length > i ? parts[i].strip() : "";
    }

    public List<Example> all() {
        return examples;
    }

    /** {@code {examples: [{id, title, packet, type, mapSeeds, source}]}}. */
    public ObjectNode json() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode list = out.putArray("examples");
        for (Example e : examples) {
            ObjectNode o = list.addObject().put("id", e.id()).put("title", e.title()).put("packet", e.packet())
                    .put("type", e.type());
            ArrayNode seeds = o.putArray("mapSeeds");
            e.mapSeeds().forEach(seeds::add);
            o.put("source", e.source());
        }
        return out;
    }
}
