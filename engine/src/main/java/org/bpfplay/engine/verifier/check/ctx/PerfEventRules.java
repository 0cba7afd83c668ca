package org.bpfplay.engine.verifier.check.ctx;

import org.bpfplay.engine.verifier.state.RegType;

/**
 * struct bpf_perf_event_data (include/uapi/linux/bpf_perf_event.h, x86-64): the saved registers
 * readable only as whole u64s, sample_period and addr also with narrow loads
 * (pe_prog_is_valid_access). Read-only; loads yield scalars.
 */
public enum PerfEventRules implements CtxRules {
    PERF_EVENT;

    /** One field of struct bpf_perf_event_data. */
    public enum Field {
        /** bpf_user_pt_regs_t: 21 u64 registers. */
        REGS(0, 168, false),
        SAMPLE_PERIOD(168, 8, true),
        ADDR(176, 8, true);

        public final int offset;
        public final int size;
        /** Whether 1-, 2- and 4-byte loads of this u64 are allowed. */
        public final boolean narrow;

        Field(int offset, int size, boolean narrow) {
            this.offset = offset;
            this.size = size;
            this.narrow = narrow;
        }
    }

    /** sizeof(struct bpf_perf_event_data). */
    public static final int STRUCT_SIZE = 184;

    @Override
    public RegType access(int off, int size, boolean write, boolean signExtend) {
        if (off < 0 || off >= STRUCT_SIZE || write || off % size != 0) {
            return null;
        }
        for (Field f : Field.values()) {
            if (off >= f.offset && off < f.offset + f.size) {
                return f.narrow || size == 8 ? RegType.SCALAR : null;
            }
        }
        return null;
    }

    @Override
    public int structSize() {
        return STRUCT_SIZE;
    }
}
