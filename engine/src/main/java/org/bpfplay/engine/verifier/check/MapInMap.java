/*
 * Maps in maps (BPF_MAP_TYPE_ARRAY_OF_MAPS / HASH_OF_MAPS) in the verifier. At creation the kernel
 * copies the inner map template's type, key size, value size, flags and max_entries into the outer
 * map's inner_map_meta (bpf_map_meta_alloc, map_in_map.c), a nameless map of its own. A lookup in
 * the outer map returns map_value_or_null like any lookup; on the non-null side of its null check
 * (mark_ptr_not_null_reg) the register becomes a map pointer (CONST_PTR_TO_MAP) to that meta, so
 * every later helper call on the inner map is checked against the template. Which helpers take an
 * outer map (lookup only) is MapHelperRules' business.
 *
 * Here the template is another map of the program, named by the outer MapSpec's {@code inner}.
 * The meta is a MapSpec with the template's numbers under a name no kernel map can have (a '/' is
 * not allowed in map names), derived from the outer map's name: each outer map has its own meta,
 * as in the kernel, and the log prints it without a map= attribute.
 */
package org.bpfplay.engine.verifier.check;

import java.util.List;

import org.bpfplay.engine.maps.MapFlags;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.maps.MapType;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;

/** The inner map meta of outer maps and what a null check makes of an outer map's value. */
public final class MapInMap {
    /** Ends the name of every inner map meta. */
    private static final String META_SUFFIX = "/inner_map_meta";

    private MapInMap() {
    }

    /** BPF_MAP_TYPE_ARRAY_OF_MAPS or BPF_MAP_TYPE_HASH_OF_MAPS. */
    public static boolean isOuter(MapType t) {
        return t == MapType.ARRAY_OF_MAPS || t == MapType.HASH_OF_MAPS;
    }

    /** Whether {@code map} is an inner map meta (the log prints no name for it). */
    public static boolean isInnerMeta(MapSpec map) {
        return map != null && map.name().endsWith(META_SUFFIX);
    }

    /**
     * The inner map meta of {@code outer}: its template (the first of {@code maps} with the name
     * {@code outer.inner()}) under the meta name; null for other maps or an unknown template.
     */
    public static MapSpec innerMeta(MapSpec outer, List<MapSpec> maps) {
        if (outer == null || !isOuter(outer.type()) || outer.inner() == null) {
            return null;
        }
        for (MapSpec m : maps) {
            if (m.name().equals(outer.inner()) && !isOuter(m.type())) {
                return new MapSpec(outer.name() + META_SUFFIX, m.type(), m.keySize(), m.valueSize(), m.maxEntries(),
                        m.flags());
            }
        }
        return null;
    }

    /**
     * Whether an array's max_entries is what every map behind it has: not with BPF_F_INNER_MAP,
     * which lets inner arrays of other sizes match the template. The kernel then does not look
     * for a constant key at all: no precision for it, and the lookup keeps its null check
     * (recorded: mim_inner_map_flag_*).
     */
    static boolean fixedSize(MapSpec map) {
        return (map.flags() & MapFlags.BPF_F_INNER_MAP) == 0;
    }

    /**
     * Why a bpf_map_lookup_elem on {@code map} cannot be checked, or null. An outer map without a
     * template could not have been created; the playground says so instead of guessing.
     */
    static Failure lookupRefusal(MapSpec map, List<MapSpec> maps) {
        if (!isOuter(map.type()) || innerMeta(map, maps) != null) {
            return null;
        }
        return Failure.einval("map " + map.name() + " (" + map.type() + ") has no inner map template:"
                + " declare one with inner=NAME");
    }

    /**
     * The non-null side of a null check of a map_value_or_null of an outer map: a map pointer to
     * its inner map meta (id dropped); null when {@code r} is not such a register.
     */
    static RegState notNull(RegState r, List<MapSpec> maps) {
        if (r.type() != RegType.PTR_TO_MAP_VALUE_OR_NULL) {
            return null;
        }
        MapSpec meta = innerMeta(r.map(), maps);
        return meta == null ? null : new RegState(RegType.CONST_PTR_TO_MAP, r.value(), r.off(), 0, r.addConst(),
                r.range(), r.frameno(), r.precise(), meta, r.refObjId(), r.memSize());
    }
}
