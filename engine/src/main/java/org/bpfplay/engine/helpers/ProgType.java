package org.bpfplay.engine.helpers;

/** The program types whose helper rules this package knows, with the kernel's BPF_PROG_TYPE_ name. */
public enum ProgType {
    SOCKET_FILTER("socket_filter", true),
    SCHED_CLS("sched_cls", true),
    XDP("xdp", true),
    CGROUP_SKB("cgroup_skb", true),
    KPROBE("kprobe", false),
    TRACEPOINT("tracepoint", false),
    RAW_TRACEPOINT("raw_tracepoint", false),
    PERF_EVENT("perf_event", false);

    /** The name kernel-oracle's --type uses. */
    public final String label;
    /** Networking types go through bpf_sk_base_func_proto; tracing ones through bpf_tracing_func_proto. */
    public final boolean networking;

    ProgType(String label, boolean networking) {
        this.label = label;
        this.networking = networking;
    }

    /** The type with this label, or null. */
    public static ProgType byLabel(String label) {
        for (ProgType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        return null;
    }
}
