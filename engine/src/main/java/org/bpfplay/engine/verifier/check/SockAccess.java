/*
 * Loads through socket pointers (check_sock_access): sock_common, sock and tcp_sock point at the
 * read-only UAPI views struct bpf_sock and struct bpf_tcp_sock, which the kernel rewrites into
 * reads of the real socket. Writes are refused; a read must hit a field at its own alignment,
 * whole (4 bytes, 8 for the two u64 tcp counters) or, for the address, port and a few id fields,
 * a power-of-two part of it. sock_common has no type/protocol/mark/priority (offsets 8..23).
 */
package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;

/** Field rules of struct bpf_sock and struct bpf_tcp_sock as seen through a socket pointer. */
final class SockAccess {
    /** sizeof(struct bpf_sock). */
    static final int BPF_SOCK_SIZE = 80;
    /** offsetofend(struct bpf_tcp_sock, icsk_retransmits). */
    static final int BPF_TCP_SOCK_END = 112;
    // struct bpf_sock offsets (include/uapi/linux/bpf.h)
    private static final int FAMILY = 4;
    private static final int TYPE = 8;
    private static final int PROTOCOL = 12;
    private static final int PRIORITY_END = 24;
    private static final int SRC_IP4 = 24;
    private static final int SRC_PORT = 44;
    private static final int DST_PORT = 48;
    private static final int DST_IP4 = 52;
    private static final int DST_IP6_END = 72;
    private static final int STATE = 72;
    private static final int RX_QUEUE_MAPPING = 76;
    // struct bpf_tcp_sock: the two u64 counters
    private static final int BYTES_RECEIVED = 80;
    private static final int BYTES_ACKED = 88;

    private SockAccess() {
    }

    /** A load of {@code size} bytes at {@code off} through the socket pointer in {@code regno}. */
    static Failure access(CheckContext cx, int regno, int off, int size, boolean write, int valueReg) {
        RegType t = cx.reg(regno).type();
        if (write) {
            return Failure.eacces("R" + regno + " cannot write into " + t.logName);
        }
        boolean valid;
        switch (t) {
            case PTR_TO_SOCK_COMMON:
                valid = !(off >= TYPE && off < PRIORITY_END) && sockValid(off, size);
                break;
            case PTR_TO_SOCKET:
                valid = sockValid(off, size);
                break;
            default:
                valid = tcpSockValid(off, size);
                break;
        }
        if (!valid) {
            return Failure.eacces("R" + regno + " invalid " + t.logName + " access off=" + off + " size=" + size);
        }
        if (valueReg >= 0) {
            cx.setReg(valueReg, RegState.unknownScalar());
        }
        return null;
    }

    /** bpf_sock_is_valid_access. */
    static boolean sockValid(int off, int size) {
        if (off < 0 || off >= BPF_SOCK_SIZE || off % size != 0) {
            return false;
        }
        if (off == STATE || off == FAMILY || off == TYPE || off == PROTOCOL || off == SRC_PORT
                || off == RX_QUEUE_MAPPING || (off >= SRC_IP4 && off < SRC_PORT) || (off >= DST_IP4 && off < DST_IP6_END)) {
            return narrow(size, 4);
        }
        if (off >= DST_PORT && off < DST_PORT + 2) {
            // dst_port is a __be16 followed by padding: a whole u32 read covers both
            return narrow(size, size == 4 ? 4 : 2);
        }
        if (off >= DST_PORT + 2 && off < DST_IP4) {
            return false;
        }
        return size == 4;
    }

    /** bpf_tcp_sock_is_valid_access. */
    static boolean tcpSockValid(int off, int size) {
        if (off < 0 || off >= BPF_TCP_SOCK_END || off % size != 0) {
            return false;
        }
        if (off == BYTES_RECEIVED || off == BYTES_ACKED) {
            return size == 8;
        }
        return size == 4;
    }

    /** bpf_ctx_narrow_access_ok: a power-of-two part of the field. */
    private static boolean narrow(int size, int fieldSize) {
        return size <= fieldSize && (size & (size - 1)) == 0;
    }
}
