package org.bpfplay.engine.progtype;

import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.progtype.ContextField.Access;
import org.bpfplay.engine.progtype.ContextField.Kind;

/**
 * The context structs of the supported program types, with offsets from the kernel's UAPI headers
 * (include/uapi/linux/bpf.h, bpf_perf_event.h, arch/x86 ptrace.h) and access rules from the
 * verifier's per-type is_valid_access callbacks.
 */
public final class ContextLayouts {
    private ContextLayouts() {
    }

    /** Which program family reads a {@code __sk_buff}: the rules differ per type. */
    enum SkbFlavor { SOCKET_FILTER, SCHED_CLS, CGROUP_SKB }

    static ContextLayout skBuff(SkbFlavor flavor) {
        boolean tc = flavor == SkbFlavor.SCHED_CLS;
        boolean cg = flavor == SkbFlavor.CGROUP_SKB;
        Access tcWrite = tc ? Access.READ_WRITE : Access.READ_ONLY;
        List<ContextField> f = new ArrayList<>();
        f.add(value("len", 0, 4, Access.READ_ONLY, "packet length from skb->data (socket_filter: without the Ethernet header)"));
        f.add(value("pkt_type", 4, 4, Access.READ_ONLY, "PACKET_HOST 0, BROADCAST 1, MULTICAST 2, OTHERHOST 3"));
        f.add(value("mark", 8, 4, tc || cg ? Access.READ_WRITE : Access.READ_ONLY, "skb->mark"));
        f.add(value("queue_mapping", 12, 4, tcWrite, "queue index"));
        f.add(value("protocol", 16, 4, Access.READ_ONLY, "ethertype, network byte order (__be16)"));
        f.add(value("vlan_present", 20, 4, Access.READ_ONLY, "1 if a hardware VLAN tag is present"));
        f.add(value("vlan_tci", 24, 4, Access.READ_ONLY, "hardware VLAN tag control information"));
        f.add(value("vlan_proto", 28, 4, Access.READ_ONLY, "hardware VLAN protocol"));
        f.add(value("priority", 32, 4, tc || cg ? Access.READ_WRITE : Access.READ_ONLY, "skb->priority"));
        f.add(value("ingress_ifindex", 36, 4, Access.READ_ONLY, "interface the packet arrived on"));
        f.add(value("ifindex", 40, 4, Access.READ_ONLY, "interface of the skb (1 = lo in test runs)"));
        f.add(value("tc_index", 44, 4, tcWrite, "traffic control index"));
        for (int i = 0; i < 5; i++) {
            f.add(value("cb[" + i + "]", 48 + 4 * i, 4, Access.READ_WRITE, "scratch space shared between programs"));
        }
        f.add(value("hash", 68, 4, Access.READ_ONLY, "flow hash (0 unless computed)"));
        f.add(value("tc_classid", 72, 4, tc ? Access.READ_WRITE : Access.NONE, "traffic control class id"));
        Access pkt = tc || cg ? Access.READ_ONLY : Access.NONE;
        f.add(new ContextField("data", 76, 4, Kind.PACKET_DATA, pkt, "pointer to the first packet byte"));
        f.add(new ContextField("data_end", 80, 4, Kind.PACKET_END, pkt, "pointer past the last linear packet byte"));
        f.add(value("napi_id", 84, 4, Access.READ_ONLY, "NAPI id of the receive queue"));
        f.add(value("family", 88, 4, Access.NONE, "socket family (sk_skb only)"));
        f.add(value("remote_ip4", 92, 4, Access.NONE, "sk_skb only, network byte order"));
        f.add(value("local_ip4", 96, 4, Access.NONE, "sk_skb only, network byte order"));
        f.add(value("remote_ip6", 100, 16, Access.NONE, "sk_skb only, network byte order"));
        f.add(value("local_ip6", 116, 16, Access.NONE, "sk_skb only, network byte order"));
        f.add(value("remote_port", 132, 4, Access.NONE, "sk_skb only, network byte order"));
        f.add(value("local_port", 136, 4, Access.NONE, "sk_skb only, host byte order"));
        f.add(new ContextField("data_meta", 140, 4, Kind.PACKET_META, tc ? Access.READ_ONLY : Access.NONE,
                "pointer to metadata before the packet"));
        f.add(value("flow_keys", 144, 8, Access.NONE, "flow dissector only"));
        f.add(value("tstamp", 152, 8, tc || cg ? Access.READ_WRITE : Access.NONE, "timestamp"));
        f.add(value("wire_len", 160, 4, tc || cg ? Access.READ_ONLY : Access.NONE, "length on the wire"));
        f.add(value("gso_segs", 164, 4, Access.READ_ONLY, "GSO segment count"));
        f.add(new ContextField("sk", 168, 8, Kind.SOCKET, Access.READ_ONLY, "the socket (struct bpf_sock), may be NULL"));
        f.add(value("gso_size", 176, 4, Access.READ_ONLY, "GSO segment size"));
        f.add(value("tstamp_type", 180, 1, tc ? Access.READ_ONLY : Access.NONE, "BPF_SKB_TSTAMP_*"));
        f.add(value("hwtstamp", 184, 8, tc || cg ? Access.READ_ONLY : Access.NONE, "hardware timestamp"));
        return new ContextLayout("__sk_buff", 192, f);
    }

    static ContextLayout xdpMd() {
        return new ContextLayout("xdp_md", 24, List.of(
                new ContextField("data", 0, 4, Kind.PACKET_DATA, Access.READ_ONLY, "pointer to the first packet byte"),
                new ContextField("data_end", 4, 4, Kind.PACKET_END, Access.READ_ONLY, "pointer past the last linear byte"),
                new ContextField("data_meta", 8, 4, Kind.PACKET_META, Access.READ_ONLY, "pointer to the metadata"),
                value("ingress_ifindex", 12, 4, Access.READ_ONLY, "receiving interface (1 = lo)"),
                value("rx_queue_index", 16, 4, Access.READ_ONLY, "receive queue"),
                value("egress_ifindex", 20, 4, Access.NONE, "devmap programs only")));
    }

    private static final String[] PT_REGS = {"r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8",
        "rax", "rcx", "rdx", "rsi", "rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss"};

    private static void ptRegs(List<ContextField> f) {
        for (int i = 0; i < PT_REGS.length; i++) {
            f.add(value(PT_REGS[i], 8 * i, 8, Access.READ_ONLY, "x86-64 register " + PT_REGS[i]));
        }
    }

    static ContextLayout ptRegs() {
        List<ContextField> f = new ArrayList<>();
        ptRegs(f);
        return new ContextLayout("pt_regs", 8 * PT_REGS.length, f);
    }

    static ContextLayout perfEventData() {
        List<ContextField> f = new ArrayList<>();
        ptRegs(f);
        f.add(value("sample_period", 168, 8, Access.READ_ONLY, "the event's sample period"));
        f.add(value("addr", 176, 8, Access.READ_ONLY, "the sampled address"));
        return new ContextLayout("bpf_perf_event_data", 184, f);
    }

    /** A syscall-enter tracepoint record (trace_event_raw_sys_enter). */
    static ContextLayout sysEnter() {
        List<ContextField> f = new ArrayList<>();
        f.add(value("common_type", 0, 2, Access.READ_ONLY, "trace event type id"));
        f.add(value("common_flags", 2, 1, Access.READ_ONLY, "trace flags"));
        f.add(value("common_preempt_count", 3, 1, Access.READ_ONLY, "preemption count"));
        f.add(value("common_pid", 4, 4, Access.READ_ONLY, "pid of the current task"));
        f.add(value("id", 8, 8, Access.READ_ONLY, "syscall number"));
        for (int i = 0; i < 6; i++) {
            f.add(value("args[" + i + "]", 16 + 8 * i, 8, Access.READ_ONLY, "syscall argument " + i));
        }
        return new ContextLayout("trace_event_raw_sys_enter", 64, f);
    }

    /** bpf_raw_tracepoint_args: u64 args[] (the kernel allows up to 12 in test runs). */
    static ContextLayout rawTracepointArgs() {
        List<ContextField> f = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            f.add(value("args[" + i + "]", 8 * i, 8, Access.READ_ONLY, "tracepoint argument " + i));
        }
        return new ContextLayout("bpf_raw_tracepoint_args", 96, f);
    }

    private static ContextField value(String name, int off, int size, Access a, String doc) {
        return new ContextField(name, off, size, Kind.VALUE, a, doc);
    }
}
