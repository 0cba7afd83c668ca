package org.bpfplay.engine.progtype;

import java.util.List;

/**
 * The program types bpfplay runs, with the kernel's enum bpf_prog_type id, the name kernel-oracle
 * uses for {@code --type}, the context layout, how the packet is given, and the return-value names.
 */
public enum ProgramType {
    SOCKET_FILTER(1, "socket_filter", ContextLayouts.skBuff(ContextLayouts.SkbFlavor.SOCKET_FILTER), PacketModel.SKB_L3,
            List.of(new ReturnCode(0, "DROP", "drop the packet (the kept length is r0, 0 = nothing)"))),
    KPROBE(2, "kprobe", ContextLayouts.ptRegs(), PacketModel.NONE, List.of()),
    SCHED_CLS(3, "sched_cls", ContextLayouts.skBuff(ContextLayouts.SkbFlavor.SCHED_CLS), PacketModel.SKB_L2,
            ReturnCodes.TC),
    TRACEPOINT(5, "tracepoint", ContextLayouts.sysEnter(), PacketModel.NONE, List.of()),
    XDP(6, "xdp", ContextLayouts.xdpMd(), PacketModel.XDP, ReturnCodes.XDP),
    PERF_EVENT(7, "perf_event", ContextLayouts.perfEventData(), PacketModel.NONE, List.of()),
    CGROUP_SKB(8, "cgroup_skb", ContextLayouts.skBuff(ContextLayouts.SkbFlavor.CGROUP_SKB), PacketModel.SKB_L3,
            List.of(new ReturnCode(0, "DROP", "reject the packet"), new ReturnCode(1, "ALLOW", "let the packet pass"))),
    RAW_TRACEPOINT(17, "raw_tracepoint", ContextLayouts.rawTracepointArgs(), PacketModel.NONE, List.of());

    /** The kernel's BPF_PROG_TYPE_* value. */
    public final int kernelId;
    /** The name as kernel-oracle's {@code --type} spells it. */
    public final String oracleName;
    public final ContextLayout context;
    public final PacketModel packet;
    public final List<ReturnCode> returnCodes;

    ProgramType(int kernelId, String oracleName, ContextLayout context, PacketModel packet, List<ReturnCode> codes) {
        this.kernelId = kernelId;
        this.oracleName = oracleName;
        this.context = context;
        this.packet = packet;
        this.returnCodes = codes;
    }

    /**
     * True for the types whose loading needs CAP_PERFMON (the kernel's is_perfmon_prog_type): a
     * loader with CAP_BPF alone gets EPERM from bpf(BPF_PROG_LOAD) before the verifier runs.
     */
    public boolean needsPerfmon() {
        return this == KPROBE || this == TRACEPOINT || this == PERF_EVENT || this == RAW_TRACEPOINT;
    }

    /**
     * True for the networking types (they get their helpers through bpf_sk_base_func_proto), false
     * for the tracing ones (bpf_tracing_func_proto): exactly the types that run on a packet.
     */
    public boolean isNetworking() {
        return packet != PacketModel.NONE;
    }

    /** The type with this kernel-oracle name, or null. */
    public static ProgramType byName(String name) {
        for (ProgramType t : values()) {
            if (t.oracleName.equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The names of all types, comma-separated, for messages. */
    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (ProgramType t : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(t.oracleName);
        }
        return sb.toString();
    }

    /** The name of a return value ({@code XDP_PASS}), or null when the type does not name it. */
    public String returnName(long r0) {
        for (ReturnCode c : returnCodes) {
            if (c.value() == r0) {
                return c.name();
            }
        }
        return null;
    }

    /** The context bytes a run gets when none are given (pointer fields are filled in by the runtime). */
    public byte[] defaultContext() {
        return new byte[context.size()];
    }

    @Override
    public String toString() {
        return oracleName;
    }
}
