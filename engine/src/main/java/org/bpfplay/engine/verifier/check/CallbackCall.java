/*
 * Helpers that call a callback synchronously (the kernel's push_callback_call with
 * set_loop_callback_state / set_map_elem_callback_state): the callback is explored as a queued
 * branch whose innermost frame is the callback (in_callback_fn), started at the helper call;
 * the caller goes on past the call at once. A callback frame returns to the call instruction
 * itself, so the call is checked again: bpf_loop queues another callback visit while fewer than
 * nr_loops (its upper bound) visits were made from this frame, bpf_for_each_map_elem always does;
 * the repetition ends when the state at the call matches a checkpoint of an earlier visit (see
 * Explorer's pruning at calls_callback instructions). Imprecise scalars the callback changed are
 * widened when it returns, so that counters in the caller's stack converge.
 */
package org.bpfplay.engine.verifier.check;

import java.util.HashMap;
import java.util.Map;

import org.bpfplay.engine.helpers.HelperId;
import org.bpfplay.engine.maps.Errno;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.maps.MapType;
import org.bpfplay.engine.verifier.scalar.Scalar;
import org.bpfplay.engine.verifier.state.FuncState;
import org.bpfplay.engine.verifier.state.RegState;
import org.bpfplay.engine.verifier.state.RegType;
import org.bpfplay.engine.verifier.state.VerifierState;

/** Sets up callback frames and checks what a callback returns. */
public final class CallbackCall {
    /** MAX_CALL_FRAMES. */
    public static final int MAX_FRAMES = 8;

    private CallbackCall() {
    }

    /**
     * What a callback-calling helper asks of the explorer once its checks passed: registers to
     * make precise in this order, the callback state to queue (null: none) at {@code start}, and
     * whether bpf_loop's iteration limit was reached (level 2 says so).
     */
    public record Pending(int[] precise, VerifierState state, int start, boolean loopLimit, Failure failure) {
    }

    /** The kernel's per-call-site bpf_loop_inline_state (only its effect on r4's precision matters here). */
    static final class LoopInline {
        boolean fit;
        int subprog;
    }

    /** Per bpf_loop call site: whether it still looks inlinable (flags a known 0, always the same callback). */
    private static Map<Integer, LoopInline> inline(CheckContext cx) {
        return cx.loopInline;
    }

    /**
     * The helper-specific part of a callback-calling helper (called after the arguments passed,
     * r1-r5 still intact): sets {@code cx.callback}; a failure if the callback cannot be set up.
     */
    static Failure prepare(CheckContext cx, HelperId id, MapSpec map, int start, int insnIdx) {
        FuncState caller = cx.frame();
        if (id == HelperId.FOR_EACH_MAP_ELEM) {
            if (map == null || !forEachSupported(map.type())) {
                return new Failure(Errno.ENOTSUPP, "callback function not allowed for map");
            }
            VerifierState st = callbackState(cx, id, insnIdx, start);
            if (st == null) {
                return frameLimit(cx);
            }
            cx.callback = new Pending(new int[0], st, start, false, null);
            return null;
        }
        // bpf_loop: r4 is made precise while the call site may still be inlined (flags known 0)
        LoopInline li = inline(cx).get(insnIdx);
        boolean markFlags;
        RegState flags = cx.reg(4);
        if (li == null) {
            li = new LoopInline();
            li.fit = flags.isNull();
            li.subprog = start;
            inline(cx).put(insnIdx, li);
            markFlags = flags.isNull();
        } else if (li.fit) {
            markFlags = flags.isNull();
            li.fit = flags.isNull() && li.subprog == start;
        } else {
            markFlags = false;
        }
        int[] precise = markFlags ? new int[] {4, 1} : new int[] {1};
        if (Long.compareUnsigned(caller.callbackDepth, cx.reg(1).value().umax()) < 0) {
            VerifierState st = callbackState(cx, id, insnIdx, start);
            // the kernel has made r1 (and r4) precise before it finds the frame limit
            cx.callback = new Pending(precise, st, start, false, st == null ? frameLimit(cx) : null);
        } else {
            caller.callbackDepth = 0;
            cx.callback = new Pending(precise, null, start, true, null);
        }
        return null;
    }

    private static Failure frameLimit(CheckContext cx) {
        return new Failure(Errno.E2BIG, "the call stack of " + (cx.cur.frames.size() + 1) + " frames is too deep");
    }

    /** Map types with map_set_for_each_callback_args (arrays and hashes, per-CPU and LRU included). */
    public static boolean forEachSupported(MapType t) {
        return t == MapType.ARRAY || t == MapType.PERCPU_ARRAY || t == MapType.HASH || t == MapType.PERCPU_HASH
                || t == MapType.LRU_HASH || t == MapType.LRU_PERCPU_HASH;
    }

    /**
     * A copy of the current state with the callback's frame on top (setup_func_entry); the
     * caller's frame in it counts one more callback visit, the current frame starts counting
     * anew. Null when the frame limit is reached.
     */
    private static VerifierState callbackState(CheckContext cx, HelperId id, int insnIdx, int start) {
        if (cx.cur.frames.size() >= MAX_FRAMES) {
            return null;
        }
        VerifierState st = cx.cur.copy();
        FuncState caller = st.cur();
        FuncState callee = new FuncState(st.frames.size(), insnIdx);
        if (id == HelperId.LOOP) {
            // callback(u32 index, void *ctx)
            callee.regs[1] = RegState.unknownScalar();
            callee.regs[2] = caller.regs[3];
        } else {
            // callback(map, key, value, ctx)
            MapSpec map = caller.regs[1].map();
            callee.regs[1] = caller.regs[1];
            callee.regs[2] = RegState.mapPointer(RegType.PTR_TO_MAP_KEY, map);
            callee.regs[3] = RegState.mapPointer(RegType.PTR_TO_MAP_VALUE, map);
            callee.regs[4] = caller.regs[3];
        }
        callee.inCallbackFn = true;
        callee.callbackStart = start;
        st.frames.add(callee);
        st.callbackUnrollDepth++;
        caller.callbackDepth++;
        cx.frame().callbackDepth = 0;
        return st;
    }

    /**
     * prepare_func_exit for a callback frame, before the frame goes: r0 must be a scalar; once it
     * is precise (the caller does that between the two steps) it must lie in [0, 1].
     */
    public static Failure checkReturnType(RegState r0) {
        if (r0.type() != RegType.SCALAR) {
            return Failure.eacces("R0 not a scalar value");
        }
        return null;
    }

    /** The retval_range [0, 1] check with verbose_invalid_scalar's message. */
    public static Failure checkReturnRange(RegState r0) {
        Scalar v = r0.value();
        if (v.smin() >= 0 && v.smax() <= 1) {
            return null;
        }
        StringBuilder sb = new StringBuilder("At callback return the register R0 has");
        boolean unknown = true;
        if (v.smin() > Long.MIN_VALUE) {
            sb.append(" smin=").append(v.smin());
            unknown = false;
        }
        if (v.smax() < Long.MAX_VALUE) {
            sb.append(" smax=").append(v.smax());
            unknown = false;
        }
        if (unknown) {
            sb.append(" unknown scalar value");
        }
        return Failure.einval(sb.append(" should have been in [0, 1]").toString());
    }

    /**
     * widen_imprecise_scalars: every scalar (register or spilled) of {@code cur} that is imprecise
     * in both states and differs from the earlier visit's {@code old} becomes unknown.
     */
    public static void widen(VerifierState old, VerifierState cur) {
        for (int fr = old.curframe(); fr >= 0 && fr < cur.frames.size(); fr--) {
            FuncState fo = old.frames.get(fr);
            FuncState fc = cur.frames.get(fr);
            for (int i = 0; i < FuncState.MAX_REGS; i++) {
                fc.regs[i] = widened(fo.regs[i], fc.regs[i]);
            }
            for (int i = 0; i < fo.stack.size() && i < fc.stack.size(); i++) {
                var so = fo.stack.get(i);
                var sc = fc.stack.get(i);
                if (!so.isSpill() || !sc.isSpill()) {
                    continue;
                }
                RegState w = widened(so.spilled(), sc.spilled());
                if (w != sc.spilled()) {
                    fc.stack.set(i, new org.bpfplay.engine.verifier.state.StackSlot(sc.types(), w));
                }
            }
        }
    }

    private static RegState widened(RegState o, RegState c) {
        if (o.type() != RegType.SCALAR || c.type() != RegType.SCALAR || o.precise() || c.precise()) {
            return c;
        }
        if (o.value().equals(c.value()) && o.id() == c.id() && o.off() == c.off() && o.addConst() == c.addConst()) {
            return c;
        }
        return RegState.unknownScalar();
    }

    /** Fresh per-program state for {@link CheckContext#loopInline}. */
    static Map<Integer, LoopInline> newInlineTable() {
        return new HashMap<>();
    }
}
