package org.bpfplay.engine.progtype;

import java.util.List;

/** Return-value tables shared by program types (values from include/uapi/linux/bpf.h and pkt_cls.h). */
final class ReturnCodes {
    private ReturnCodes() {
    }

    static final List<ReturnCode> XDP = List.of(
            new ReturnCode(0, "XDP_ABORTED", "error: drop and raise the xdp_exception tracepoint"),
            new ReturnCode(1, "XDP_DROP", "drop the packet"),
            new ReturnCode(2, "XDP_PASS", "pass the packet to the network stack"),
            new ReturnCode(3, "XDP_TX", "send the packet back out of the same interface"),
            new ReturnCode(4, "XDP_REDIRECT", "send the packet where bpf_redirect*() said"));

    static final List<ReturnCode> TC = List.of(
            new ReturnCode(0xffffffffL, "TC_ACT_UNSPEC", "use the default action (-1)"),
            new ReturnCode(0, "TC_ACT_OK", "pass the packet"),
            new ReturnCode(1, "TC_ACT_RECLASSIFY", "restart classification"),
            new ReturnCode(2, "TC_ACT_SHOT", "drop the packet"),
            new ReturnCode(3, "TC_ACT_PIPE", "go on with the next action"),
            new ReturnCode(4, "TC_ACT_STOLEN", "consumed by the action"),
            new ReturnCode(5, "TC_ACT_QUEUED", "queued by the action"),
            new ReturnCode(6, "TC_ACT_REPEAT", "run the action again"),
            new ReturnCode(7, "TC_ACT_REDIRECT", "send the packet where bpf_redirect() said"),
            new ReturnCode(8, "TC_ACT_TRAP", "trap to the CPU (hardware path)"));
}
