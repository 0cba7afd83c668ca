package org.bpfplay.engine.verifier.check.ctx;

/**
 * The fields of {@code struct __sk_buff} (include/uapi/linux/bpf.h, 192 bytes) with the access
 * class bpf_skb_is_valid_access gives each, the rules every skb program type shares.
 */
public enum SkBuffField {
    LEN(0, 4, Access.NARROW),
    PKT_TYPE(4, 4, Access.NARROW),
    MARK(8, 4, Access.NARROW),
    QUEUE_MAPPING(12, 4, Access.NARROW),
    PROTOCOL(16, 4, Access.NARROW),
    VLAN_PRESENT(20, 4, Access.NARROW),
    VLAN_TCI(24, 4, Access.NARROW),
    VLAN_PROTO(28, 4, Access.NARROW),
    PRIORITY(32, 4, Access.NARROW),
    INGRESS_IFINDEX(36, 4, Access.NARROW),
    IFINDEX(40, 4, Access.NARROW),
    TC_INDEX(44, 4, Access.NARROW),
    /** cb[0]..cb[4]: any aligned size that stays inside the 20 bytes. */
    CB(48, 20, Access.CB),
    HASH(68, 4, Access.NARROW),
    TC_CLASSID(72, 4, Access.NARROW),
    DATA(76, 4, Access.PACKET_POINTER),
    DATA_END(80, 4, Access.PACKET_POINTER),
    NAPI_ID(84, 4, Access.NARROW),
    FAMILY(88, 4, Access.NARROW),
    REMOTE_IP4(92, 4, Access.EXACT_U32),
    LOCAL_IP4(96, 4, Access.EXACT_U32),
    REMOTE_IP6(100, 16, Access.EXACT_U32),
    LOCAL_IP6(116, 16, Access.EXACT_U32),
    REMOTE_PORT(132, 4, Access.NARROW),
    LOCAL_PORT(136, 4, Access.NARROW),
    DATA_META(140, 4, Access.PACKET_POINTER),
    FLOW_KEYS(144, 8, Access.NEVER),
    TSTAMP(152, 8, Access.EXACT_U64),
    WIRE_LEN(160, 4, Access.NARROW),
    GSO_SEGS(164, 4, Access.NARROW),
    /** A struct bpf_sock pointer that may be NULL. */
    SK(168, 8, Access.SOCKET),
    GSO_SIZE(176, 4, Access.NARROW),
    /** Readable only where a program type allows it (sched_cls, 1 byte). */
    TSTAMP_TYPE(180, 1, Access.NEVER),
    PADDING(181, 3, Access.NEVER),
    HWTSTAMP(184, 8, Access.READ_U64);

    /** sizeof(struct __sk_buff). */
    public static final int STRUCT_SIZE = 192;

    /** bpf_skb_is_valid_access's classes. */
    public enum Access {
        /** Reads of 1, 2 or 4 bytes (narrow loads of a u32), writes of exactly 4. */
        NARROW,
        /** The cb[] scratch area. */
        CB,
        /** data, data_end, data_meta: exactly 4 bytes, no sign-extending load. */
        PACKET_POINTER,
        /** The IP address fields: exactly 4 bytes. */
        EXACT_U32,
        /** tstamp: exactly 8 bytes. */
        EXACT_U64,
        /** hwtstamp: read-only, exactly 8 bytes. */
        READ_U64,
        /** sk: read-only, exactly 8 bytes. */
        SOCKET,
        /** flow_keys, tstamp_type, padding. */
        NEVER
    }

    public final int offset;
    public final int size;
    public final Access access;

    SkBuffField(int offset, int size, Access access) {
        this.offset = offset;
        this.size = size;
        this.access = access;
    }

    /** The field that holds byte {@code off}, or null outside the struct. */
    public static SkBuffField at(int off) {
        for (SkBuffField f : values()) {
            if (off >= f.offset && off < f.offset + f.size) {
                return f;
            }
        }
        return null;
    }

    /** bpf_skb_is_valid_access: the rules shared by every __sk_buff program type. */
    boolean allows(int off, int size, boolean write, boolean signExtend) {
        if (off % size != 0) {
            return false;
        }
        switch (access) {
            case CB:
                return off + size <= offset + this.size;
            case PACKET_POINTER:
                return !signExtend && size == 4;
            case EXACT_U32:
                return size == 4;
            case EXACT_U64:
                return size == 8;
            case READ_U64:
            case SOCKET:
                return !write && size == 8;
            case NEVER:
                return false;
            default:
                return write ? size == 4 : size <= 4;
        }
    }
}
