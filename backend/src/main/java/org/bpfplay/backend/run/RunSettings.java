package org.bpfplay.backend.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bpfplay.engine.progtype.ContextField;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.runtime.MapInit;
import org.bpfplay.engine.text.HexText;

import tools.jackson.databind.JsonNode;

/**
 * What a run is given besides the program and the packet, read from JSON the same way for
 * {@code POST /api/run} (top-level fields) and the session's {@code load}/{@code changeInput}
 * ({@code settings}): {@code type} (a program type, default {@link #DEFAULT_TYPE}), {@code ctx} (the
 * ctx_in bytes in hex), {@code context} (named fields written over those bytes), {@code mapSeeds}
 * (entries written into maps before the run) and {@code seed} (for the simulated world's randomness).
 *
 * @param type  the program type
 * @param ctx   the ctx_in bytes, or null for the type's default context
 * @param seeds map entries to pre-fill, in order
 * @param seed  the simulated world's seed
 */
public record RunSettings(ProgramType type, byte[] ctx, List<MapInit> seeds, long seed) {
    /** The type of a run that names none: the page opens on it, and most examples are XDP programs. */
    public static final ProgramType DEFAULT_TYPE = ProgramType.XDP;

    /** The settings of a run that gives none. */
    public static final RunSettings DEFAULT = new RunSettings(DEFAULT_TYPE, null, List.of(), 0);

    public RunSettings {
        ctx = ctx == null ? null : ctx.clone();
        seeds = List.copyOf(seeds);
    }

    @Override
    public byte[] ctx() {
        return ctx == null ? null : ctx.clone();
    }

    /** The same settings with one more map entry written before the run (replacing a seed of the same key). */
    public RunSettings withSeed(MapInit init) {
        List<MapInit> next = new ArrayList<>(withoutSeed(init.map(), init.key()).seeds);
        next.add(init);
        return new RunSettings(type, ctx, next, seed);
    }

    /** The same settings without the seeds of one map entry. */
    public RunSettings withoutSeed(String map, byte[] key) {
        List<MapInit> next = new ArrayList<>();
        for (MapInit i : seeds) {
            if (!(i.map().equals(map) && java.util.Arrays.equals(i.key(), key))) {
                next.add(i);
            }
        }
        return new RunSettings(type, ctx, next, seed);
    }

    /** Settings, or the first problem: the JSON field it concerns and what is wrong. */
    public record Parsed(RunSettings settings, String field, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** The fields {@link #parse} reads. */
    public static final List<String> FIELDS = List.of("type", "ctx", "context", "mapSeeds", "seed");

    /** Reads the settings fields of {@code o} (other fields are the caller's); never throws for user input. */
    public static Parsed parse(JsonNode o) {
        ProgramType type = DEFAULT_TYPE;
        JsonNode t = o == null ? null : o.get("type");
        if (o == null) {
            return new Parsed(DEFAULT, null, null);
        }
        if (t != null && !t.isNull()) {
            type = t.isString() ? ProgramType.byName(t.stringValue()) : null;
            if (type == null) {
                return failed("type", "'type' must be a program type: " + ProgramType.names());
            }
        }
        byte[] ctx = null;
        JsonNode c = o.get("ctx");
        if (c != null && !c.isNull() && !(c.isString() && c.stringValue().isBlank())) {
            ctx = c.isString() ? hex(c.stringValue()) : null;
            if (ctx == null) {
                return failed("ctx", "'ctx' must be the context bytes in hex (ctx_in), e.g. \"00000000 0e000000\"");
            }
            if (ctx.length > 4096) {
                return failed("ctx", "'ctx' is " + ctx.length + " bytes; a context is at most 4096");
            }
        }
        JsonNode fields = o.get("context");
        if (fields != null && !fields.isNull()) {
            if (!fields.isObject()) {
                return failed("context", "'context' must be an object from field name to number, e.g. {\"ingress_ifindex\": 1}");
            }
            if (!fields.isEmpty()) {
                byte[] bytes = new byte[type.context.size()];
                if (ctx != null) {
                    System.arraycopy(ctx, 0, bytes, 0, Math.min(ctx.length, bytes.length));
                }
                for (Map.Entry<String, JsonNode> e : fields.properties()) {
                    ContextField f = type.context.field(e.getKey());
                    if (f == null) {
                        return failed("context", "context field '" + e.getKey() + "': struct " + type.context.structName()
                                + " has no such field");
                    }
                    Long v = number(e.getValue());
                    if (v == null) {
                        return failed("context", "context field '" + e.getKey() + "' must be a number (decimal or \"0x\" hex)");
                    }
                    for (int i = 0; i < Math.min(f.size(), 8); i++) {
                        bytes[f.offset() + i] = (byte) (v >>> (8 * i));
                    }
                }
                if (ctx != null && ctx.length > bytes.length) {
                    byte[] longer = ctx.clone();
                    System.arraycopy(bytes, 0, longer, 0, bytes.length);
                    bytes = longer;
                }
                ctx = bytes;
            }
        }
        List<MapInit> seeds = new ArrayList<>();
        JsonNode ms = o.get("mapSeeds");
        if (ms != null && !ms.isNull()) {
            if (!ms.isArray()) {
                return failed("mapSeeds", "'mapSeeds' must be an array of {\"map\", \"key\", \"value\"} (hex bytes) or \"NAME:KEYHEX=VALUEHEX\"");
            }
            int i = 0;
            for (JsonNode s : ms) {
                MapInit init = seed(s);
                if (init == null) {
                    return failed("mapSeeds", "mapSeeds[" + i + "] is not {\"map\": NAME, \"key\": HEX, \"value\": HEX} "
                            + "or \"NAME:KEYHEX=VALUEHEX\"");
                }
                seeds.add(init);
                i++;
            }
        }
        long seed = 0;
        JsonNode sd = o.get("seed");
        if (sd != null && !sd.isNull()) {
            Long v = number(sd);
            if (v == null) {
                return failed("seed", "'seed' must be an integer");
            }
            seed = v;
        }
        return new Parsed(new RunSettings(type, ctx, seeds, seed), null, null);
    }

    /** One seed: an object with map, key, value, or the CLI's {@code NAME:KEYHEX=VALUEHEX}. */
    static MapInit seed(JsonNode s) {
        if (s.isString()) {
            try {
                return MapInit.parse(s.stringValue().replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (!s.isObject() || !s.path("map").isString()) {
            return null;
        }
        byte[] key = s.path("key").isString() ? hex(s.path("key").stringValue()) : null;
        byte[] value = s.path("value").isString() ? hex(s.path("value").stringValue()) : null;
        return key == null || value == null ? null : new MapInit(s.get("map").stringValue(), key, value);
    }

    /** Hex bytes with optional blanks, ':' or '-' between them; null when not hex. */
    public static byte[] hex(String text) {
        return HexText.bytes(text).orElse(null);
    }

    /** A JSON integer, or a string in decimal or 0x hex; null otherwise. */
    static Long number(JsonNode v) {
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isString()) {
            String s = v.stringValue().strip();
            try {
                return s.startsWith("0x") || s.startsWith("0X") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Parsed failed(String field, String error) {
        return new Parsed(null, field, error);
    }
}
