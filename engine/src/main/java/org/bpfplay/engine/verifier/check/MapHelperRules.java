/*
 * Which maps go with which helpers (check_map_func_compatibility, checked from the map's side and
 * from the helper's side) and which helpers invalidate packet pointers
 * (bpf_helper_changes_pkt_data), for the map types and helpers the engine models.
 */
package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.helpers.ArgSpec;
import org.bpfplay.engine.helpers.ArgType;
import org.bpfplay.engine.helpers.HelperId;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.maps.MapType;

/** Map/helper pairing rules. */
final class MapHelperRules {
    private MapHelperRules() {
    }

    /** check_map_func_compatibility, both directions, for the map types and helpers modelled here. */
    static Failure compatibility(MapSpec map, HelperId id) {
        if (map == null) {
            return null;
        }
        MapType mt = map.type();
        boolean ok = true;
        switch (mt) {
            case PROG_ARRAY:
                ok = id == HelperId.TAIL_CALL;
                break;
            case PERF_EVENT_ARRAY:
                ok = id == HelperId.PERF_EVENT_READ || id == HelperId.PERF_EVENT_OUTPUT;
                break;
            case RINGBUF:
                ok = id == HelperId.RINGBUF_OUTPUT || id == HelperId.RINGBUF_RESERVE || id == HelperId.RINGBUF_QUERY;
                break;
            case STACK_TRACE:
                ok = id == HelperId.GET_STACKID;
                break;
            case CGROUP_ARRAY:
                ok = false;
                break;
            case DEVMAP:
            case DEVMAP_HASH:
            case XSKMAP:
                ok = id == HelperId.MAP_LOOKUP_ELEM;
                break;
            case CPUMAP:
                ok = false;
                break;
            case ARRAY_OF_MAPS:
            case HASH_OF_MAPS:
                ok = id == HelperId.MAP_LOOKUP_ELEM;
                break;
            case SOCKMAP:
            case SOCKHASH:
                ok = id == HelperId.MAP_LOOKUP_ELEM || id == HelperId.MAP_UPDATE_ELEM || id == HelperId.MAP_DELETE_ELEM;
                break;
            case QUEUE:
            case STACK:
                ok = id == HelperId.MAP_PEEK_ELEM || id == HelperId.MAP_POP_ELEM || id == HelperId.MAP_PUSH_ELEM;
                break;
            case SK_STORAGE:
                ok = false;
                break;
            case BLOOM_FILTER:
                ok = id == HelperId.MAP_PEEK_ELEM || id == HelperId.MAP_PUSH_ELEM;
                break;
            default:
                break;
        }
        if (ok) {
            switch (id) {
                case TAIL_CALL:
                    ok = mt == MapType.PROG_ARRAY;
                    break;
                case PERF_EVENT_OUTPUT:
                case PERF_EVENT_READ:
                    ok = mt == MapType.PERF_EVENT_ARRAY;
                    break;
                case RINGBUF_OUTPUT:
                case RINGBUF_RESERVE:
                case RINGBUF_QUERY:
                    ok = mt == MapType.RINGBUF;
                    break;
                case GET_STACKID:
                    ok = mt == MapType.STACK_TRACE;
                    break;
                case MAP_POP_ELEM:
                    ok = mt == MapType.QUEUE || mt == MapType.STACK;
                    break;
                case MAP_PEEK_ELEM:
                case MAP_PUSH_ELEM:
                    ok = mt == MapType.QUEUE || mt == MapType.STACK || mt == MapType.BLOOM_FILTER;
                    break;
                default:
                    break;
            }
        }
        return ok ? null : Failure.einval("cannot pass map_type " + mt.id + " into func " + id.kernelName() + "#" + id.id);
    }

    /**
     * resolve_map_arg_type: a bloom filter's peek reads the value it tests (a plain
     * ARG_PTR_TO_MAP_VALUE) instead of filling an uninitialised buffer as queues and stacks do.
     */
    static ArgSpec resolveMapArg(MapSpec map, HelperId id, ArgSpec spec) {
        if (map != null && map.type() == MapType.BLOOM_FILTER && id == HelperId.MAP_PEEK_ELEM) {
            return ArgSpec.of(ArgType.ARG_PTR_TO_MAP_VALUE);
        }
        return spec;
    }

    /** bpf_helper_changes_pkt_data, for the helpers of the prototype table. */
    static boolean changesPacketData(HelperId id) {
        switch (id) {
            case SKB_STORE_BYTES:
            case L3_CSUM_REPLACE:
            case L4_CSUM_REPLACE:
            case SKB_CHANGE_PROTO:
            case XDP_ADJUST_HEAD:
            case XDP_ADJUST_META:
            case XDP_ADJUST_TAIL:
                return true;
            default:
                return false;
        }
    }
}
