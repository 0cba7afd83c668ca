package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapFlags.BPF_EXIST;
import static org.bpfplay.engine.maps.MapFlags.BPF_NOEXIST;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.IdentityHashMap;

/**
 * BPF_MAP_TYPE_LPM_TRIE (kernel/bpf/lpm_trie.c). A key is a little-endian u32 prefix length
 * followed by key_size - 4 data bytes, compared bit by bit from the most significant bit of the
 * first byte (network order). Entries are identified by (prefixlen, the first prefixlen bits); the
 * bits after the prefix are stored as given and returned by get_next_key.
 *
 * <ul>
 *   <li>lookup (program and user space alike) returns the value of the longest stored prefix that
 *       matches the key's first key.prefixlen bits; a prefixlen above the maximum finds nothing;</li>
 *   <li>update: flags above BPF_EXIST or a prefixlen above 8 * (key_size - 4) -EINVAL; BPF_NOEXIST
 *       on a present entry -EEXIST; BPF_EXIST on an absent one -ENOENT; a new entry when
 *       max_entries are stored -ENOSPC (not -E2BIG); replacing gives a new value buffer;</li>
 *   <li>delete: prefixlen too long -EINVAL, absent -ENOENT;</li>
 *   <li>get_next_key walks the trie in post-order, child 0 before child 1 before the node, so
 *       longer (more specific) prefixes come before the prefixes that contain them; a key that is
 *       not stored restarts from the first.</li>
 * </ul>
 * Instead of the kernel's node structure this keeps entries sorted in exactly that post-order.
 */
public final class LpmTrie extends MapBase implements BpfMap {

    /** A stored prefix: its identity (prefixlen and masked data) and the full key as given. */
    private record Prefix(int prefixlen, byte[] masked) {
    }

    private static final class Node {
        final byte[] key;
        final byte[] value;

        Node(byte[] key, byte[] value) {
            this.key = key;
            this.value = value;
        }
    }

    private final int dataSize;
    private final int maxPrefixlen;
    private final TreeMap<Prefix, Node> nodes = new TreeMap<>(LpmTrie::postOrder);

    LpmTrie(MapSpec spec, int cpus) {
        super(spec, cpus);
        dataSize = spec.keySize() - 4;
        maxPrefixlen = 8 * dataSize;
    }

    /** The post-order of the kernel's trie: first differing bit 0 first, else the longer first. */
    private static int postOrder(Prefix a, Prefix b) {
        int limit = Math.min(a.prefixlen, b.prefixlen);
        for (int i = 0; i < limit; i++) {
            int x = bit(a.masked, i);
            int y = bit(b.masked, i);
            if (x != y) {
                return x - y;
            }
        }
        return Integer.compare(b.prefixlen, a.prefixlen);
    }

    private static int bit(byte[] data, int index) {
        return (data[index / 8] >> (7 - index % 8)) & 1;
    }

    private long prefixlen(byte[] key) {
        return u32(key) & 0xffffffffL;
    }

    private Prefix prefix(byte[] key, int len) {
        byte[] masked = new byte[dataSize];
        for (int i = 0; i < len; i++) {
            if (bit(key, 32 + i) != 0) {
                masked[i / 8] |= (byte) (0x80 >> (i % 8));
            }
        }
        return new Prefix(len, masked);
    }

    /** Number of stored prefixes. */
    public int size() {
        return nodes.size();
    }

    private Node longestMatch(byte[] key) {
        long len = prefixlen(key);
        if (len > maxPrefixlen) {
            return null;
        }
        for (int l = (int) len; l >= 0; l--) {
            Node n = nodes.get(prefix(key, l));
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    @Override
    public byte[] lookup(byte[] key, int cpu) {
        Node n = longestMatch(take(key, spec.keySize()));
        return n == null ? null : n.value;
    }

    @Override
    public int update(byte[] key, byte[] value, long flags, int cpu) {
        return store(key, value, flags, MapChange.Origin.PROGRAM);
    }

    private int store(byte[] key, byte[] value, long flags, MapChange.Origin origin) {
        byte[] k = take(key, spec.keySize());
        if (Long.compareUnsigned(flags, BPF_EXIST) > 0 || prefixlen(k) > maxPrefixlen) {
            return Errno.EINVAL.neg();
        }
        Prefix p = prefix(k, (int) prefixlen(k));
        Node old = nodes.get(p);
        if (old != null && flags == BPF_NOEXIST) {
            return Errno.EEXIST.neg();
        }
        if (old == null) {
            if (flags == BPF_EXIST) {
                return Errno.ENOENT.neg();
            }
            if (nodes.size() >= spec.maxEntries()) {
                return Errno.ENOSPC.neg();
            }
        }
        Node neu = new Node(k, take(value, spec.valueSize()));
        nodes.remove(p); // the stored key bytes are the new ones
        nodes.put(p, neu);
        observers.fire(k, old == null ? null : old.value, neu.value, -1, origin);
        return 0;
    }

    @Override
    public int delete(byte[] key, int cpu) {
        return remove(key, MapChange.Origin.PROGRAM);
    }

    private int remove(byte[] key, MapChange.Origin origin) {
        byte[] k = take(key, spec.keySize());
        if (prefixlen(k) > maxPrefixlen) {
            return Errno.EINVAL.neg();
        }
        Node old = nodes.remove(prefix(k, (int) prefixlen(k)));
        if (old == null) {
            return Errno.ENOENT.neg();
        }
        observers.fire(old.key, old.value, null, -1, origin);
        return 0;
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        if (nodes.isEmpty()) {
            return Errno.ENOENT.neg();
        }
        Map.Entry<Prefix, Node> next;
        byte[] k = key == null ? null : take(key, spec.keySize());
        if (k == null || prefixlen(k) > maxPrefixlen) {
            next = nodes.firstEntry();
        } else {
            Prefix p = prefix(k, (int) prefixlen(k));
            next = nodes.containsKey(p) ? nodes.higherEntry(p) : nodes.firstEntry();
        }
        if (next == null) {
            return Errno.ENOENT.neg();
        }
        System.arraycopy(next.getValue().key, 0, nextKey, 0, spec.keySize());
        return 0;
    }

    /** The syscall's lookup is the same longest-prefix match as the helper's. */
    @Override
    public UserLookup userLookup(byte[] key) {
        Node n = longestMatch(take(key, spec.keySize()));
        return n == null ? UserLookup.error(Errno.ENOENT) : UserLookup.found(n.value.clone());
    }

    @Override
    public int userUpdate(byte[] key, byte[] value, long flags) {
        return store(key, value, flags, MapChange.Origin.USER);
    }

    @Override
    public int userDelete(byte[] key) {
        return remove(key, MapChange.Origin.USER);
    }

    /** Entries in get_next_key order, each with its exact value (not a longest-prefix lookup). */
    @Override
    public List<MapEntry> entries() {
        List<MapEntry> out = new ArrayList<>();
        for (Node n : nodes.values()) {
            out.add(new MapEntry(n.key.clone(), n.value.clone()));
        }
        return out;
    }

    @Override
    public void clear() {
        for (Node n : new ArrayList<>(nodes.values())) {
            remove(n.key, MapChange.Origin.USER);
        }
    }

    /** The nodes and each node's value bytes. */
    @Override
    public Object snapshot() {
        Map<Node, byte[]> bytes = new IdentityHashMap<>();
        for (Node n : nodes.values()) {
            bytes.put(n, n.value.clone());
        }
        return new Object[] {new TreeMap<>(nodes), bytes};
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        nodes.clear();
        nodes.putAll((TreeMap<Prefix, Node>) s[0]);
        for (Map.Entry<Node, byte[]> e : ((Map<Node, byte[]>) s[1]).entrySet()) {
            System.arraycopy(e.getValue(), 0, e.getKey().value, 0, e.getValue().length);
        }
    }
}
