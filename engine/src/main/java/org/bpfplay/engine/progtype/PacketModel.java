package org.bpfplay.engine.progtype;

/** How a program type receives the input packet in BPF_PROG_TEST_RUN. */
public enum PacketModel {
    /** No packet: the context is the only input (tracing types). */
    NONE,
    /** An skb whose data starts at the network header (socket_filter, cgroup_skb): the Ethernet header is pulled. */
    SKB_L3,
    /** An skb whose data starts at the Ethernet header (sched_cls, sched_act). */
    SKB_L2,
    /** An xdp_buff: headroom, optional metadata, linear data, and a fragment past the linear limit. */
    XDP
}
