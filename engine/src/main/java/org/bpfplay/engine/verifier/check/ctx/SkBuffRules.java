/*
 * The __sk_buff rules of each skb program type: the type's own callback first hides fields,
 * limits writes to a few fields and says which fields load packet pointers
 * (sk_filter_is_valid_access, tc_cls_act_is_valid_access, cg_skb_is_valid_access in
 * net/core/filter.c); what survives goes through the shared per-field rules of SkBuffField.
 */
package org.bpfplay.engine.verifier.check.ctx;

import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.CB;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.DATA;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.DATA_END;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.DATA_META;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.FAMILY;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.HWTSTAMP;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.LOCAL_IP4;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.LOCAL_IP6;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.LOCAL_PORT;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.MARK;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.PRIORITY;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.QUEUE_MAPPING;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.REMOTE_IP4;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.REMOTE_IP6;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.REMOTE_PORT;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.TC_CLASSID;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.TC_INDEX;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.TSTAMP;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.TSTAMP_TYPE;
import static org.bpfplay.engine.verifier.check.ctx.SkBuffField.WIRE_LEN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.bpfplay.engine.verifier.state.RegType;

/** __sk_buff access per program type (root: the CAP_BPF-only fields are allowed). */
public enum SkBuffRules implements CtxRules {
    SOCKET_FILTER(
            EnumSet.of(TC_CLASSID, DATA, DATA_META, DATA_END, FAMILY, REMOTE_IP4, LOCAL_IP4, REMOTE_IP6, LOCAL_IP6,
                    REMOTE_PORT, LOCAL_PORT, TSTAMP, WIRE_LEN, HWTSTAMP),
            EnumSet.of(CB),
            Map.of(),
            false),
    SCHED_CLS(
            EnumSet.of(FAMILY, REMOTE_IP4, LOCAL_IP4, REMOTE_IP6, LOCAL_IP6, REMOTE_PORT, LOCAL_PORT),
            EnumSet.of(MARK, TC_INDEX, PRIORITY, TC_CLASSID, CB, TSTAMP, QUEUE_MAPPING),
            Map.of(DATA, RegType.PTR_TO_PACKET, DATA_META, RegType.PTR_TO_PACKET_META,
                    DATA_END, RegType.PTR_TO_PACKET_END),
            true),
    CGROUP_SKB(
            EnumSet.of(TC_CLASSID, DATA_META, WIRE_LEN),
            EnumSet.of(MARK, PRIORITY, CB, TSTAMP),
            Map.of(DATA, RegType.PTR_TO_PACKET, DATA_END, RegType.PTR_TO_PACKET_END),
            false);

    /** Fields the type refuses whatever the access. */
    private final Set<SkBuffField> hidden;
    /** The only fields a store may target. */
    private final Set<SkBuffField> writable;
    /** Fields whose load yields a pointer; the others load scalars. */
    private final Map<SkBuffField, RegType> pointers;
    /** tc programs may read the 1-byte tstamp_type. */
    private final boolean tstampTypeByte;

    SkBuffRules(Set<SkBuffField> hidden, Set<SkBuffField> writable, Map<SkBuffField, RegType> pointers,
                boolean tstampTypeByte) {
        this.hidden = hidden;
        this.writable = writable;
        this.pointers = pointers;
        this.tstampTypeByte = tstampTypeByte;
    }

    @Override
    public RegType access(int off, int size, boolean write, boolean signExtend) {
        SkBuffField f = SkBuffField.at(off);
        if (f == null || hidden.contains(f) || (write && !writable.contains(f))) {
            return null;
        }
        if (f == TSTAMP_TYPE && tstampTypeByte && off == TSTAMP_TYPE.offset) {
            return size == 1 ? RegType.SCALAR : null;
        }
        if (!f.allows(off, size, write, signExtend)) {
            return null;
        }
        if (f == SkBuffField.SK) {
            return RegType.PTR_TO_SOCK_COMMON_OR_NULL;
        }
        return pointers.getOrDefault(f, RegType.SCALAR);
    }

    @Override
    public int structSize() {
        return SkBuffField.STRUCT_SIZE;
    }
}
