package org.bpfplay.engine.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.bpfplay.engine.interp.Memory;
import org.bpfplay.engine.interp.PseudoLoadResolver;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.RegionKind;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.maps.BpfMap;
import org.bpfplay.engine.maps.BpfMaps;
import org.bpfplay.engine.maps.Errno;
import org.bpfplay.engine.maps.MapCreateResult;
import org.bpfplay.engine.maps.MapOfMaps;
import org.bpfplay.engine.maps.MapOptions;
import org.bpfplay.engine.maps.MapSpec;

/*
 * The maps of one run and how a program reaches them. A map pointer (what `r1 = map ll` loads) is the
 * address of a small read-only region standing for struct bpf_map, so helpers recognise it and a stray
 * dereference stays inside checked memory. A value pointer from lookup is a region over the LIVE value
 * array the map returned: writes through it change the map, as in the kernel. Each value array gets one
 * region, reused by later lookups (a lookup loop must not grow memory without bound).
 */
final class MapSet {
    private final List<BpfMap> maps = new ArrayList<>();
    private final Map<Integer, BpfMap> byHandleRegion = new LinkedHashMap<>();
    private final IdentityHashMap<byte[], Integer> valueRegions = new IdentityHashMap<>();
    private Memory memory;
    /** The pc of the helper call in progress, attached to map changes. */
    int currentPc = -1;
    final List<MapChangeAt> changes = new ArrayList<>();
    /** Off while the debugger puts map contents back (those are not program changes). */
    boolean recording = true;

    /**
     * Creates the maps; returns the error BPF_MAP_CREATE would give, or null. A map of maps gets the
     * map its spec names as inner template (one created before it, as the kernel's inner_map_fd) and
     * resolves the values user space writes into it as map ids ({@link #byId}).
     */
    RunError create(List<MapSpec> specs, int cpus) {
        for (MapSpec s : specs) {
            MapOptions options = MapOptions.cpus(cpus);
            if (s.inner() != null) {
                BpfMap template = byName(s.inner());
                if (template == null) {
                    return new RunError(Errno.EBADF.message, "map " + s.name() + ": the inner map template "
                            + s.inner() + " is not a map created before it");
                }
                options = options.withInner(template.spec());
            }
            MapCreateResult r = BpfMaps.create(s, options);
            if (!r.ok()) {
                Errno e = Errno.of(r.errno());
                return new RunError(e == null ? "errno " + r.errno() : e.message, r.message());
            }
            maps.add(r.map());
            if (r.map() instanceof MapOfMaps outer) {
                outer.setResolver(this::byId);
            }
        }
        return null;
    }

    /**
     * The map with this id, or null. A map's id is its 1-based position among the run's maps: what
     * user space writes into a map of maps (the kernel takes an fd there and reads back the id).
     */
    BpfMap byId(int id) {
        return id >= 1 && id <= maps.size() ? maps.get(id - 1) : null;
    }

    /** The handle (map pointer value) of one of the run's maps, or 0. */
    long handleOf(BpfMap map) {
        for (int i = 0; i < maps.size(); i++) {
            if (maps.get(i) == map) {
                return handleOf(i);
            }
        }
        return 0;
    }

    /** Applies user-space updates before the run; returns the first failure, or null. */
    RunError init(List<MapInit> inits) {
        for (MapInit i : inits) {
            BpfMap m = byName(i.map());
            if (m == null) {
                return new RunError("No such file or directory", "--init " + i + ": there is no map named " + i.map());
            }
            int rc = m.userUpdate(i.key(), i.value(), 0);
            if (rc != 0) {
                Errno e = Errno.of(rc);
                return new RunError(e == null ? "errno " + rc : e.message, "--init " + i + ": BPF_MAP_UPDATE_ELEM failed");
            }
        }
        return null;
    }

    /** Puts the map handles into memory and starts recording program changes. */
    void attach(Memory mem) {
        this.memory = mem;
        for (BpfMap m : maps) {
            int id = mem.add(new Region("map " + m.name(), RegionKind.READ_ONLY, new byte[8], false));
            byHandleRegion.put(id, m);
            m.observers().add(c -> {
                if (recording) {
                    changes.add(new MapChangeAt(currentPc, c));
                }
            });
        }
    }

    List<BpfMap> maps() {
        return maps;
    }

    BpfMap byName(String name) {
        for (BpfMap m : maps) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    /** The map a handle value names, or null. */
    BpfMap byHandle(long handle) {
        if (Memory.offsetOf(handle) != 0) {
            return null;
        }
        long id = Memory.regionIdOf(handle);
        return id > 0 && id <= Integer.MAX_VALUE ? byHandleRegion.get((int) id) : null;
    }

    long handleOf(int index) {
        int i = 0;
        for (Map.Entry<Integer, BpfMap> e : byHandleRegion.entrySet()) {
            if (i++ == index) {
                return Memory.address(e.getKey());
            }
        }
        return 0;
    }

    /**
     * The address of a live value array (a region made on first use, then reused). The region is
     * named after the map and key ({@code counts[06000000]}), so a step's memory changes say which
     * entry a store through a lookup pointer changed.
     */
    long valueAddress(BpfMap map, byte[] key, byte[] value) {
        Integer id = valueRegions.get(value);
        if (id != null && id < memory.regionCount() && memory.region(id).bytes() == value) {
            return Memory.address(id);
        }
        String name = map.name() + "[" + java.util.HexFormat.of().formatHex(key) + "]";
        int nid = memory.add(new Region(name, RegionKind.MAP_VALUE, value, true));
        valueRegions.put(value, nid);
        return Memory.address(nid);
    }

    /**
     * LD_IMM64 pseudo loads: map by index (src 1 and 5: the K-th map, like kernel-oracle's .hex input)
     * and the address of a map's first value plus an offset (src 2 and 6, arrays: key 0).
     */
    PseudoLoadResolver resolver() {
        return (Instruction insn, int pc) -> {
            int k = insn.imm32();
            if (k < 0 || k >= maps.size()) {
                return OptionalLong.empty();
            }
            switch (insn.src()) {
                case Pseudo.MAP_FD:
                case Pseudo.MAP_IDX:
                    return OptionalLong.of(handleOf(k));
                case Pseudo.MAP_VALUE:
                case Pseudo.MAP_IDX_VALUE: {
                    BpfMap m = maps.get(k);
                    byte[] firstKey = new byte[m.spec().keySize()];
                    byte[] v = m.lookup(firstKey, 0);
                    if (v == null || insn.nextImm() < 0 || insn.nextImm() >= v.length) {
                        return OptionalLong.empty();
                    }
                    return OptionalLong.of(valueAddress(m, firstKey, v) + insn.nextImm());
                }
                default:
                    return OptionalLong.empty();
            }
        };
    }
}
