package org.bpfplay.engine.runtime;

import java.util.List;

import org.bpfplay.engine.interp.Memory;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.RegionKind;
import org.bpfplay.engine.progtype.ProgramType;

/** The context of a type without a packet (kprobe, tracepoint, raw_tracepoint, perf_event): bytes only. */
final class PlainContext implements PacketContext {
    private final long address;

    private PlainContext(long address) {
        this.address = address;
    }

    /** The given ctx bytes (raw_tracepoint: exactly as given, like args[]) or the type's default. */
    static PlainContext build(ProgramType type, byte[] ctxIn, Memory memory) {
        byte[] bytes;
        if (ctxIn == null) {
            bytes = type.defaultContext();
        } else if (type == ProgramType.RAW_TRACEPOINT) {
            bytes = ctxIn.clone();
        } else {
            bytes = type.defaultContext();
            System.arraycopy(ctxIn, 0, bytes, 0, Math.min(ctxIn.length, bytes.length));
        }
        int id = memory.add(new Region(type.context.structName(), RegionKind.CONTEXT, bytes, 0, bytes.length, false,
                List.of()));
        return new PlainContext(Memory.address(id));
    }

    @Override
    public long ctxAddress() {
        return address;
    }

    @Override
    public int ldAbsRegion() {
        return 0;
    }

    @Override
    public byte[] dataOut() {
        return null;
    }
}
