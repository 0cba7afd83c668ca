package org.bpfplay.backend.share;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import org.bpfplay.backend.system.ApiError;
import org.bpfplay.backend.system.ApiException;
import org.bpfplay.backend.system.Limits;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores and loads share snapshots: {@code program} (the assembly text) plus the JSON objects
 * {@code settings} (program type, privilege mode ...), {@code inputs} (packet / context), {@code mapSeeds}
 * (object or array) and {@code view} (selected pane, step). The backend checks only this shape; what the
 * parts mean belongs to the frontend and the engine, so new fields need no migration.
 *
 * <p>A share is validated for shape only, canonicalised, hashed, and
 * stored once under the shortest free prefix of its hash (see {@link ContentId}); storing the same
 * content again returns the existing id. Sizes are checked while reading, before any parsing.
 */
@Service
public class ShareService {
    static final Set<String> FIELDS = Set.of("program", "settings", "inputs", "mapSeeds", "view");

    private final ShareRepository repository;
    private final Limits limits;
    private final Clock clock;
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final CanonicalJson canonical = new CanonicalJson(mapper);

    ShareService(ShareRepository repository, Limits limits) {
        this.repository = repository;
        this.limits = limits;
        this.clock = Clock.systemUTC();
    }

    /** The outcome of a store: the id and whether this call created it (false: same content existed). */
    public record Stored(String id, Instant createdAt, boolean created) {
    }

    /** A share as served: id, creation time and the stored snapshot document. */
    public record Loaded(String id, Instant createdAt, ObjectNode snapshot) {
    }

    Stored store(InputStream body, long declaredLength) {
        byte[] bytes = readBounded(body, declaredLength);
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JacksonException e) {
            var where = e.getLocation();
            String what = e.getOriginalMessage() == null ? "unreadable input" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw ApiException.badRequest("malformed JSON: " + what,
                    where == null || where.getLineNr() <= 0 ? null
                            : ApiError.Location.lineColumn(where.getLineNr(), where.getColumnNr()));
        }
        ObjectNode normalised = normalise(root);
        String text = canonical.write(normalised);
        ContentId contentId = ContentId.of(text);

        var earlier = repository.findByHash(contentId.hash());
        if (!earlier.isEmpty()) {
            return new Stored(earlier.get(0).id(), earlier.get(0).createdAt(), false);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (int length = ContentId.MIN_LENGTH; length <= contentId.hash().length(); length++) {
            String id = contentId.prefix(length);
            Optional<StoredShare> taken = repository.find(id);
            if (taken.isEmpty()) {
                try {
                    repository.insert(id, contentId.hash(), text, now);
                    return new Stored(id, now, true);
                } catch (DuplicateKeyException raced) {
                    taken = repository.find(id);   // someone stored this id between our find and insert
                }
            }
            if (taken.isPresent() && taken.get().contentHash().equals(contentId.hash())) {
                return new Stored(id, taken.get().createdAt(), false);
            }
        }
        throw new IllegalStateException("all prefixes of " + contentId.hash() + " are taken by other content");
    }

    public Optional<Loaded> load(String id) {
        if (!ContentId.wellFormed(id)) {
            return Optional.empty();
        }
        return repository.find(id).map(row -> new Loaded(row.id(), row.createdAt(),
                (ObjectNode) mapper.readTree(row.content())));
    }

    /** Checks the shape and fills absent parts, so {"program":"x"} and {"program":"x","view":{}} share an id. */
    private static ObjectNode normalise(JsonNode root) {
        if (!root.isObject()) {
            throw ApiException.badRequest("a share is a JSON object with the fields " + String.join(", ", sortedFields()));
        }
        for (String name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest("unknown field '" + name + "'; a share has " + String.join(", ", sortedFields()),
                        ApiError.Location.field(name));
            }
        }
        JsonNode program = root.get("program");
        if (program == null || !program.isString()) {
            throw ApiException.badRequest("'program' must be a string (the assembly source)", ApiError.Location.field("program"));
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("program", program.stringValue());
        for (String name : new String[] {"settings", "inputs", "mapSeeds", "view"}) {
            JsonNode value = root.get(name);
            if (value == null || value.isNull()) {
                out.set(name, JsonNodeFactory.instance.objectNode());
            } else if (value.isObject() || (value.isArray() && name.equals("mapSeeds"))) {
                out.set(name, value);
            } else {
                throw ApiException.badRequest("'" + name + "' must be a JSON object"
                        + (name.equals("mapSeeds") ? " or array" : ""), ApiError.Location.field(name));
            }
        }
        return out;
    }

    private static java.util.List<String> sortedFields() {
        return java.util.List.of("program", "settings", "inputs", "mapSeeds", "view");
    }

    /** Reads at most the limit; a longer body is refused without reading (or buffering) the rest. */
    private byte[] readBounded(InputStream body, long declaredLength) {
        int limit = limits.shareBytes();
        if (declaredLength > limit) {
            throw tooLarge(declaredLength + " bytes");
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(0, (int) Math.min(declaredLength, limit)));
            byte[] chunk = new byte[8192];
            int total = 0;
            for (int n; (n = body.read(chunk)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw tooLarge("more than " + limit + " bytes");
                }
                out.write(chunk, 0, n);
            }
            if (total == 0) {
                throw ApiException.badRequest("the request body is empty; send a JSON object with at least 'program'");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiException tooLarge(String size) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, ApiError.of(
                "share too large: " + size + "; the limit is " + limits.shareBytes()
                        + " bytes (bpfplay.limits.share-bytes)"));
    }
}
