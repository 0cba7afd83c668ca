/*
 * State equivalence for pruning (states_equal / func_states_equal / regsafe / stacksafe /
 * check_ids, NOT_EXACT and EXACT modes). An old (checkpoint) state covers the current one when
 * every live register of the old one is at least as general: same type, ranges within, tnum
 * within, consistent id mapping; packet pointers need no more range than the current one has.
 * An imprecise scalar of the old state matches anything, except inside loops, where every scalar
 * counts as precise (precision marks are incomplete while a loop is being explored).
 */
package org.bpfplay.engine.verifier.explore;

import java.util.HashMap;
import java.util.Map;

import org.bpfplay.engine.verifier.scalar.Scalar;
import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;
import org.bpfplay.engine.verifier.state.SlotType;
import org.bpfplay.engine.verifier.state.StackSlot;
import org.bpfplay.engine.verifier.state.VerifierState;

/** Whether a stored state makes exploring the current one unnecessary. */
final class Pruning {
    private final Map<Integer, Integer> oldToCur = new HashMap<>();
    private final Map<Integer, Integer> curToOld = new HashMap<>();
    private int tmpId = 1 << 30;
    private final boolean exact;
    /** Compare every scalar as if precise (RANGE_WITHIN): used inside loops. */
    private final boolean rangeWithin;
    /** Slots that may still be read; dead ones are not compared (6.18 stack liveness). */
    private long liveStack = -1L;

    private Pruning(boolean exact, boolean rangeWithin) {
        this.exact = exact;
        this.rangeWithin = rangeWithin;
    }

    static boolean statesEqual(VerifierState old, VerifierState cur, int liveRegs, boolean exact) {
        return statesEqual(old, cur, liveRegs, exact, true);
    }

    static boolean statesEqual(VerifierState old, VerifierState cur, int liveRegs, boolean exact, boolean rangeWithin) {
        return statesEqual(old, cur, liveRegs, -1L, exact, rangeWithin);
    }

    /** {@code liveStack}: the slots of a single-frame state that may still be read (-1: all). */
    static boolean statesEqual(VerifierState old, VerifierState cur, int liveRegs, long liveStack, boolean exact,
                               boolean rangeWithin) {
        if (old.frames.size() != cur.frames.size()) {
            return false;
        }
        Pruning p = new Pruning(exact, rangeWithin);
        p.liveStack = old.frames.size() == 1 ? liveStack : -1L;
        for (int i = 0; i < old.frames.size(); i++) {
            FuncState fo = old.frames.get(i);
            FuncState fc = cur.frames.get(i);
            if (fo.callsite != fc.callsite || fo.callbackDepth > fc.callbackDepth) {
                return false;
            }
            int live = i == old.frames.size() - 1 ? liveRegs : 0x3c0 | 0x400;
            for (int r = 0; r < FuncState.MAX_REGS; r++) {
                if (r < 10 && (live & (1 << r)) == 0) {
                    continue;
                }
                if (!p.regsafe(fo.regs[r], fc.regs[r])) {
                    return false;
                }
            }
            if (!p.stacksafe(fo, fc)) {
                return false;
            }
        }
        // refsafe: the same references, under the same id mapping
        if (old.refs.size() != cur.refs.size()) {
            return false;
        }
        for (int i = 0; i < old.refs.size(); i++) {
            if (!p.checkIds(old.refs.get(i).id(), cur.refs.get(i).id())) {
                return false;
            }
        }
        return true;
    }

    private boolean checkIds(int oldId, int curId) {
        if ((oldId == 0) != (curId == 0)) {
            return false;
        }
        if (oldId == 0) {
            return true;
        }
        Integer c = oldToCur.get(oldId);
        if (c != null) {
            return c == curId;
        }
        if (curToOld.containsKey(curId)) {
            return false;
        }
        oldToCur.put(oldId, curId);
        curToOld.put(curId, oldId);
        return true;
    }

    private boolean checkScalarIds(int oldId, int curId) {
        return checkIds(oldId != 0 ? oldId : ++tmpId, curId != 0 ? curId : ++tmpId);
    }

    private static boolean rangeWithin(Scalar o, Scalar c) {
        return o.smin() <= c.smin() && o.smax() >= c.smax()
                && Long.compareUnsigned(o.umin(), c.umin()) <= 0 && Long.compareUnsigned(o.umax(), c.umax()) >= 0
                && o.s32Min() <= c.s32Min() && o.s32Max() >= c.s32Max()
                && Integer.compareUnsigned(o.u32Min(), c.u32Min()) <= 0
                && Integer.compareUnsigned(o.u32Max(), c.u32Max()) >= 0;
    }

    private boolean regsExact(RegState o, RegState c) {
        return o.type() == c.type() && o.off() == c.off() && o.range() == c.range() && o.value().equals(c.value())
                && o.addConst() == c.addConst() && java.util.Objects.equals(o.map(), c.map())
                && o.memSize() == c.memSize() && checkIds(o.id(), c.id()) && checkIds(o.refObjId(), c.refObjId());
    }

    boolean regsafe(RegState o, RegState c) {
        if (exact) {
            return regsExact(o, c);
        }
        if (o.type() == RegType.NOT_INIT) {
            return true;
        }
        if (o.type() != c.type()) {
            return false;
        }
        switch (o.type()) {
            case SCALAR:
                if (!o.precise() && !rangeWithin) {
                    return true;
                }
                if (o.addConst() != c.addConst() || (o.addConst() && o.off() != c.off())) {
                    return false;
                }
                return checkScalarIds(o.id(), c.id()) && rangeWithin(o.value(), c.value())
                        && o.value().varOff().contains(c.value().varOff());
            case PTR_TO_PACKET:
            case PTR_TO_PACKET_META:
                if (o.range() > c.range() || o.off() != c.off() || !checkIds(o.id(), c.id())) {
                    return false;
                }
                return rangeWithin(o.value(), c.value()) && o.value().varOff().contains(c.value().varOff());
            case PTR_TO_STACK:
                return regsExact(o, c) && o.frameno() == c.frameno();
            case PTR_TO_MAP_VALUE:
            case PTR_TO_MAP_VALUE_OR_NULL:
            case PTR_TO_MAP_KEY:
            case PTR_TO_RINGBUF_MEM:
            case PTR_TO_RINGBUF_MEM_OR_NULL:
                // same map/size and fixed offset; the variable offset may be narrower now
                return o.off() == c.off() && java.util.Objects.equals(o.map(), c.map()) && o.memSize() == c.memSize()
                        && rangeWithin(o.value(), c.value()) && o.value().varOff().contains(c.value().varOff())
                        && checkIds(o.id(), c.id()) && checkIds(o.refObjId(), c.refObjId());
            default:
                return regsExact(o, c);
        }
    }

    private static RegState scalarForStack(StackSlot s) {
        if (s.isFullSpill() && s.spilled().isScalar()) {
            return s.spilled();
        }
        for (int i = 0; i < 8; i++) {
            if (s.type(i) != SlotType.MISC) {
                return null;
            }
        }
        return RegState.unknownScalar();
    }

    private boolean stacksafe(FuncState o, FuncState c) {
        int oldBytes = o.allocatedStack();
        for (int i = 0; i < oldBytes; i++) {
            int spi = i / 8;
            StackSlot so = o.slot(spi);
            StackSlot sc = c.slot(spi);
            SlotType to = so.type(i % 8);
            if (exact && (i >= c.allocatedStack() || to != sc.type(i % 8))) {
                return false;
            }
            if (to == SlotType.INVALID) {
                continue;
            }
            if (!exact && spi < 64 && (liveStack & (1L << spi)) == 0) {
                i += 7 - (i % 8);
                continue;
            }
            if (to == SlotType.MISC && !exact) {
                continue;
            }
            if (i >= c.allocatedStack()) {
                return false;
            }
            RegState ro = scalarForStack(so);
            RegState rc = scalarForStack(sc);
            if (ro != null && rc != null) {
                if (!regsafe(ro, rc)) {
                    return false;
                }
                i += 7 - (i % 8);
                continue;
            }
            SlotType tc = sc.type(i % 8);
            if (to == SlotType.MISC && tc == SlotType.ZERO) {
                continue;
            }
            if (to != tc) {
                return false;
            }
            if (i % 8 != 7) {
                continue;
            }
            if (so.type(7) == SlotType.SPILL && !regsafe(so.spilled(), sc.spilled())) {
                return false;
            }
        }
        return true;
    }
}
