package org.bpfplay.engine.runtime;

import org.bpfplay.engine.helpers.HelperId;
import org.bpfplay.engine.helpers.World;
import org.bpfplay.engine.interp.HelperCall;
import org.bpfplay.engine.interp.HelperRegistry;
import org.bpfplay.engine.maps.BpfMap;
import org.bpfplay.engine.maps.MapFlags;
import org.bpfplay.engine.maps.MapOfMaps;
import org.bpfplay.engine.maps.StackTraceMap;

/*
 * The map helpers: lookup (also per-CPU)/update/delete, push/pop/peek and get_stackid, with the kernel's argument registers and
 * return codes (0 or a negative errno from the map; lookup: a value pointer or NULL). Keys and values are
 * read from program memory with the map's sizes, so a too-short buffer is a memory fault naming the helper.
 * The run happens on CPU 0 (per-CPU maps: CPU 0's copy).
 */
final class MapHelpers {
    static final int CPU = 0;

    private MapHelpers() {
    }

    /**
     * The call stacks bpf_get_stackid sees, innermost first: the simulated task is in the kprobed
     * function (the world's func_ip) called from two fixed kernel frames, or, with BPF_F_USER_STACK,
     * in three fixed user-space frames. Fixed, so a shared run replays exactly.
     */
    static long[] simulatedStack(World world, boolean user) {
        return user ? new long[] {0x401136L, 0x401200L, 0x7f0000029d90L}
                : new long[] {world.funcIp(), 0xffffffff81002b4aL, 0xffffffff82000130L};
    }

    static void install(HelperRegistry registry, MapSet maps, World world) {
        // bpf_get_stackid(ctx, map, flags)
        reg(registry, HelperId.GET_STACKID, c -> {
            maps.currentPc = c.pc();
            if (!(maps.byHandle(c.arg(2)) instanceof StackTraceMap st)) {
                c.fail("r2 = 0x" + Long.toHexString(c.arg(2)) + " is not a stack_trace map");
                return 0;
            }
            long flags = c.arg(3);
            return st.getStackId(simulatedStack(world, (flags & MapFlags.BPF_F_USER_STACK) != 0), flags);
        });
        reg(registry, HelperId.MAP_LOOKUP_ELEM, c -> lookup(c, maps, CPU));
        // bpf_map_lookup_percpu_elem(map, key, cpu): that CPU's copy, NULL for a CPU that does not exist.
        reg(registry, HelperId.MAP_LOOKUP_PERCPU_ELEM, c -> {
            long cpu = c.arg(3) & 0xffffffffL;
            BpfMap m = maps.byHandle(c.arg(1));
            return m != null && cpu >= m.cpus() ? 0 : lookup(c, maps, (int) cpu);
        });
        reg(registry, HelperId.MAP_UPDATE_ELEM, c -> {
            BpfMap m = map(c, maps);
            byte[] key = m == null ? null : c.readBytes(c.arg(2), m.spec().keySize());
            byte[] value = key == null ? null : c.readBytes(c.arg(3), m.spec().valueSize());
            return value == null ? 0 : m.update(key, value, c.arg(4), CPU);
        });
        reg(registry, HelperId.MAP_DELETE_ELEM, c -> {
            BpfMap m = map(c, maps);
            byte[] key = m == null ? null : c.readBytes(c.arg(2), m.spec().keySize());
            return key == null ? 0 : m.delete(key, CPU);
        });
        reg(registry, HelperId.MAP_PUSH_ELEM, c -> {
            BpfMap m = map(c, maps);
            byte[] value = m == null ? null : c.readBytes(c.arg(2), m.spec().valueSize());
            return value == null ? 0 : m.push(value, c.arg(3), CPU);
        });
        reg(registry, HelperId.MAP_POP_ELEM, c -> out(c, maps, true));
        reg(registry, HelperId.MAP_PEEK_ELEM, c -> out(c, maps, false));
    }

    /**
     * A value pointer into the live value of {@code cpu}'s copy, or NULL (0); for a map of maps the
     * inner map's handle (what the verifier types as a map pointer after the null check).
     */
    private static long lookup(HelperCall c, MapSet maps, int cpu) {
        BpfMap m = map(c, maps);
        byte[] key = m == null ? null : c.readBytes(c.arg(2), m.spec().keySize());
        if (key == null) {
            return 0;
        }
        if (m instanceof MapOfMaps outer) {
            BpfMap inner = outer.lookupMap(key);
            return inner == null ? 0 : maps.handleOf(inner);
        }
        byte[] v = m.lookup(key, cpu);
        return v == null ? 0 : maps.valueAddress(m, key, v);
    }

    /** pop/peek write value-size bytes to r2 (zeros when empty); a bloom filter's peek tests r2's value instead. */
    private static long out(HelperCall c, MapSet maps, boolean pop) {
        BpfMap m = map(c, maps);
        if (m == null) {
            return 0;
        }
        byte[] buf = c.readBytes(c.arg(2), m.spec().valueSize());
        if (buf == null) {
            return 0;
        }
        int rc = pop ? m.pop(buf, CPU) : m.peek(buf, CPU);
        if (m.type() != org.bpfplay.engine.maps.MapType.BLOOM_FILTER) {
            c.writeBytes(c.arg(2), buf);
        }
        return rc;
    }

    private static BpfMap map(HelperCall c, MapSet maps) {
        maps.currentPc = c.pc();
        BpfMap m = maps.byHandle(c.arg(1));
        if (m == null) {
            c.fail("r1 = 0x" + Long.toHexString(c.arg(1)) + " is not a map pointer");
        }
        return m;
    }

    static void reg(HelperRegistry r, HelperId id, org.bpfplay.engine.interp.Helper h) {
        r.register(id.id, id.kernelName(), h);
    }
}
