package org.bpfplay.engine.helpers;

import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.interp.Helper;
import org.bpfplay.engine.interp.HelperRegistry;

/**
 * Installs the non-map, non-packet helpers into a {@link HelperRegistry}. The map and packet
 * helpers (map_*, tail_call, skb_*, xdp_adjust_*, redirect, ringbuf_*, perf_event_output,
 * get_stackid, l3/l4_csum_replace) belong to the runtime, which uses {@link Checksum} for the
 * arithmetic of the latter.
 *
 * Typical use by a runtime facade:
 * <pre>
 * WorldState world = new WorldState(World.DEFAULT.withSeed(seed));
 * HelperLibrary lib = HelperLibrary.registerAll(registry, world);
 * Machine m = new Machine(program, memory, registry, resolver);
 * m.addExternalState(world);                  // stepping back replays clock, random, trace
 * lib.connect(callbacksOver(m), mapElements); // for bpf_loop / for_each_map_elem
 * ... run ...; world.tracePipe()
 * </pre>
 */
public final class HelperLibrary {
    private final WorldState state;
    private final KernelMemory kernelMemory;
    private final CallbackHelpers callbackHelpers = new CallbackHelpers();
    private final List<HelperId> installed = new ArrayList<>();

    private HelperLibrary(WorldState state, KernelMemory kernelMemory) {
        this.state = state;
        this.kernelMemory = kernelMemory;
    }

    /** Registers every helper of this library under its kernel id and bpf_ name. */
    public static HelperLibrary registerAll(HelperRegistry registry, WorldState state, KernelMemory kernelMemory) {
        HelperLibrary lib = new HelperLibrary(state, kernelMemory);
        lib.install(registry);
        return lib;
    }

    /** Same, with the fake kernel memory built from the state's world. */
    public static HelperLibrary registerAll(HelperRegistry registry, WorldState state) {
        return registerAll(registry, state, new KernelMemory(state.world()));
    }

    /** Gives bpf_loop and bpf_for_each_map_elem their way back into the program; until then they fail. */
    public void connect(Callbacks callbacks, MapElements maps) {
        callbackHelpers.connect(callbacks, maps);
    }

    public WorldState state() {
        return state;
    }

    public KernelMemory kernelMemory() {
        return kernelMemory;
    }

    /** The helper ids this library installed, in registration order. */
    public List<HelperId> installed() {
        return List.copyOf(installed);
    }

    private void add(HelperRegistry r, HelperId id, Helper h) {
        r.register(id.id, id.kernelName(), h);
        installed.add(id);
    }

    private void install(HelperRegistry r) {
        WorldHelpers w = new WorldHelpers(state);
        ProbeSpace space = new ProbeSpace(kernelMemory);
        ProbeReads p = new ProbeReads(space);
        PrintHelpers print = new PrintHelpers(state, space);
        add(r, HelperId.PROBE_READ, c -> p.read(c, ProbeReads.Space.COMPAT));
        add(r, HelperId.KTIME_GET_NS, w::ktimeGetNs);
        add(r, HelperId.TRACE_PRINTK, print::tracePrintk);
        add(r, HelperId.GET_PRANDOM_U32, w::prandomU32);
        add(r, HelperId.GET_SMP_PROCESSOR_ID, w::smpProcessorId);
        add(r, HelperId.GET_CURRENT_PID_TGID, w::pidTgid);
        add(r, HelperId.GET_CURRENT_UID_GID, w::uidGid);
        add(r, HelperId.GET_CURRENT_COMM, w::currentComm);
        add(r, HelperId.CSUM_DIFF, w::csumDiff);
        add(r, HelperId.GET_CURRENT_TASK, w::currentTask);
        add(r, HelperId.GET_NUMA_NODE_ID, w::numaNodeId);
        add(r, HelperId.PROBE_READ_STR, c -> p.readStr(c, ProbeReads.Space.COMPAT));
        add(r, HelperId.GET_SOCKET_COOKIE, w::socketCookie);
        add(r, HelperId.SK_LOOKUP_TCP, w::noSocket);
        add(r, HelperId.SK_LOOKUP_UDP, w::noSocket);
        add(r, HelperId.SK_RELEASE, w::skRelease);
        add(r, HelperId.SK_FULLSOCK, w::fullSock);
        add(r, HelperId.TCP_SOCK, w::noSocket);
        add(r, HelperId.GET_LISTENER_SOCK, w::noSocket);
        add(r, HelperId.SKC_LOOKUP_TCP, w::noSocket);
        add(r, HelperId.SPIN_LOCK, w::spinLock);
        add(r, HelperId.SPIN_UNLOCK, w::spinUnlock);
        add(r, HelperId.PROBE_READ_USER, c -> p.read(c, ProbeReads.Space.USER));
        add(r, HelperId.PROBE_READ_KERNEL, c -> p.read(c, ProbeReads.Space.KERNEL));
        add(r, HelperId.PROBE_READ_USER_STR, c -> p.readStr(c, ProbeReads.Space.USER));
        add(r, HelperId.PROBE_READ_KERNEL_STR, c -> p.readStr(c, ProbeReads.Space.KERNEL));
        add(r, HelperId.JIFFIES64, w::jiffies64);
        add(r, HelperId.KTIME_GET_BOOT_NS, w::ktimeGetBootNs);
        add(r, HelperId.KTIME_GET_COARSE_NS, w::ktimeGetCoarseNs);
        add(r, HelperId.FOR_EACH_MAP_ELEM, callbackHelpers::forEachMapElem);
        add(r, HelperId.SNPRINTF, print::snprintf);
        add(r, HelperId.GET_FUNC_IP, w::funcIp);
        add(r, HelperId.TRACE_VPRINTK, print::traceVprintk);
        add(r, HelperId.LOOP, callbackHelpers::loop);
    }
}
