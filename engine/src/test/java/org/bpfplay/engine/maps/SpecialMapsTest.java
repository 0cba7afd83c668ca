package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapTestSupport.create;
import static org.bpfplay.engine.maps.MapTestSupport.hex;
import static org.bpfplay.engine.maps.MapTestSupport.u32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecialMapsTest {
    @Test
    void progArraySlots() {
        ProgArray p = (ProgArray) create("p:prog_array:4:4:2", 1);
        assertNull(p.program(0));
        assertEquals(0, p.setProgram(1, 7));
        assertEquals(7, p.program(1));
        assertNull(p.program(2));
        assertNull(p.program(-1));
        assertEquals(-Errno.E2BIG.number, p.setProgram(2, 7));
        assertEquals(-Errno.EINVAL.number, p.userUpdate(u32(0), u32(7), MapFlags.BPF_NOEXIST));
        assertEquals("07000000", p.userLookup(u32(1)).toString());
        assertEquals(-Errno.ENOENT.number, p.userLookup(u32(0)).errno());
        assertEquals(-Errno.ENOENT.number, p.userDelete(u32(0)));
        assertEquals(-Errno.E2BIG.number, p.userDelete(u32(5)));
        assertEquals(1, p.entries().size());
        assertEquals(0, p.userDelete(u32(1)));
    }

    @Test
    void perfEventOutputChecksInTheKernelsOrder() {
        PerfEventArray a = (PerfEventArray) create("e:perf_event_array:4:4:2", 2);
        byte[] data = {1, 2, 3};
        assertEquals(-Errno.ENOENT.number, a.output(MapFlags.BPF_F_CURRENT_CPU, data, 0));
        a.openAllCpus();
        assertEquals(0, a.output(MapFlags.BPF_F_CURRENT_CPU, data, 1));
        assertEquals(-Errno.EOPNOTSUPP.number, a.output(0, data, 1), "slot 0's event is for CPU 0");
        assertEquals(-Errno.E2BIG.number, a.output(5, data, 1));
        assertEquals(0, a.output(1L << 32 | MapFlags.BPF_F_CURRENT_CPU, data, 1), "a context length is allowed");
        assertEquals(-Errno.EINVAL.number, a.output(1L << 52, data, 1));
        assertEquals(2, a.samples().size());
        assertEquals("[1] cpu 1 010203", a.drain().get(0).toString());
        assertTrue(a.samples().isEmpty());
    }

    @Test
    void stackIdsAreStableAndCollisionsFollowTheFlags() {
        StackTraceMap s = (StackTraceMap) create("s:stack_trace:4:16:1", 1);
        long id = s.getStackId(new long[] {0x10, 0x20, 0x30}, 0);
        assertEquals(0, id, "one bucket: every stack hashes to id 0");
        assertEquals(0, s.getStackId(new long[] {0x10, 0x20, 0x99}, 0), "only 2 frames fit: same stored stack");
        assertEquals(-Errno.EEXIST.number, s.getStackId(new long[] {0x11}, 0));
        assertEquals(0, s.getStackId(new long[] {0x11}, MapFlags.BPF_F_REUSE_STACKID));
        assertEquals("1100000000000000" + "0000000000000000", s.userLookup(u32(0)).toString());
        assertEquals(-Errno.EFAULT.number, s.getStackId(new long[] {0x11}, 1), "skipping every frame");
        assertEquals(-Errno.EINVAL.number, s.getStackId(new long[] {0x11}, 1 << 12));
        assertEquals(0, s.userDelete(u32(0)));
        assertEquals(-Errno.ENOENT.number, s.userDelete(u32(0)));
        assertEquals(-Errno.ENOENT.number, s.getNextKey(null, new byte[4]));
    }

    @Test
    void mapsInMapsCheckTheTemplate() {
        MapSpec template = MapSpec.parse("inner:array:4:8:4");
        MapCreateResult r = BpfMaps.create(MapSpec.parse("outer:array_of_maps:4:4:2"), MapOptions.cpus(1).withInner(template));
        assertTrue(r.ok(), r.toString());
        MapOfMaps outer = (MapOfMaps) r.map();
        BpfMap good = create("i1:array:4:8:4", 1);
        BpfMap otherSize = create("i2:array:4:8:5", 1);
        Map<Integer, BpfMap> ids = new HashMap<>();
        ids.put(1, good);
        ids.put(2, otherSize);
        outer.setResolver(ids::get);
        assertEquals(0, outer.userUpdate(u32(0), u32(1), 0));
        assertSame(good, outer.lookupMap(u32(0)));
        assertEquals(-Errno.EINVAL.number, outer.userUpdate(u32(1), u32(2), 0), "max_entries differ");
        assertEquals(-Errno.EBADF.number, outer.userUpdate(u32(1), u32(3), 0));
        assertEquals(-Errno.E2BIG.number, outer.userUpdate(u32(2), u32(1), 0));
        assertEquals(-Errno.EINVAL.number, outer.userUpdate(u32(1), u32(1), MapFlags.BPF_NOEXIST));
        assertEquals("01000000", outer.userLookup(u32(0)).toString());

        MapSpec flexible = new MapSpec("inner", MapType.ARRAY, 4, 8, 4, MapFlags.BPF_F_INNER_MAP);
        MapOfMaps hom = (MapOfMaps) BpfMaps.create(MapSpec.parse("hom:hash_of_maps:4:4:1"),
                MapOptions.cpus(1).withInner(flexible)).map();
        BpfMap anySize = BpfMaps.create(new MapSpec("i3", MapType.ARRAY, 4, 8, 9, MapFlags.BPF_F_INNER_MAP), 1).map();
        assertEquals(0, hom.updateMap(u32(5), 3, anySize, 0), "BPF_F_INNER_MAP: max_entries may differ");
        assertEquals(-Errno.E2BIG.number, hom.updateMap(u32(6), 3, anySize, 0));
        assertEquals(-Errno.EEXIST.number, hom.updateMap(u32(5), 3, anySize, MapFlags.BPF_NOEXIST));
        assertEquals(0, hom.delete(u32(5), 0));
        assertNull(hom.lookupMap(u32(5)));
    }
}
