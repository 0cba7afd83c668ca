package org.bpfplay.engine.maps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The LRU bookkeeping of the LRU hash maps, following the rules of kernel/bpf/bpf_lru_list.c step
 * for step so that which entry gets evicted matches the kernel when the same operations run on the
 * same CPUs (the kernel's order depends on which CPU each update runs on; here the caller says).
 *
 * Common LRU (the default): one global active/inactive/free list set plus, per CPU, a local free
 * list and a local pending list. A new element comes from the CPU's local free list; when that is
 * empty the CPU's pending elements are flushed into the global lists (referenced ones to active),
 * the lists are rotated, and up to target_free = clamp(max_entries / cpus / 2, 1, 128) free
 * elements are moved to the local free list; if the global free list has too few, up to that many
 * unreferenced elements are evicted from the inactive tail (so a small full map can lose several
 * entries at once). Still nothing: steal from the CPUs' local lists round-robin.
 *
 * Per-CPU LRU (BPF_F_NO_COMMON_LRU): each CPU owns max_entries / cpus elements and its own lists;
 * a new element evicts up to 4 unreferenced inactive elements of that CPU when its free list is empty.
 *
 * A program's lookup sets an element's reference bit; user-space lookups do not.
 */
final class LruList {
    static final int ACTIVE = 0;
    static final int INACTIVE = 1;
    static final int FREE = 2;
    static final int LOCAL_FREE = 3;
    static final int LOCAL_PENDING = 4;

    private static final int LOCAL_FREE_TARGET = 128;
    private static final int PERCPU_FREE_TARGET = 4;

    /** One preallocated element's list membership; {@link #owner} is the hash entry using it. */
    static class Node {
        Node prev = this;
        Node next = this;
        int type = -1;
        boolean ref;
        int cpu;
    }

    /** An active/inactive/free list set with its counts and rotation cursor. */
    private static final class Lists {
        final Node[] heads = {new Node(), new Node(), new Node()};
        final int[] counts = new int[2];
        Node nextInactiveRotation = heads[INACTIVE];
    }

    /** A CPU's local free and pending lists. */
    private static final class Local {
        final Node free = new Node();
        final Node pending = new Node();
        int nextSteal;
    }

    private final boolean percpu;
    private final int cpus;
    private final int nrScans;
    private final Predicate<Node> delFromHtab;
    private final Lists common;
    private final Local[] locals;
    private final Lists[] perCpu;
    private int targetFree = 1;

    LruList(boolean percpu, int cpus, Predicate<Node> delFromHtab) {
        this.percpu = percpu;
        this.cpus = cpus;
        this.delFromHtab = delFromHtab;
        this.nrScans = percpu ? PERCPU_FREE_TARGET : LOCAL_FREE_TARGET;
        if (percpu) {
            common = null;
            locals = null;
            perCpu = new Lists[cpus];
            for (int c = 0; c < cpus; c++) {
                perCpu[c] = new Lists();
            }
        } else {
            common = new Lists();
            perCpu = null;
            locals = new Local[cpus];
            for (int c = 0; c < cpus; c++) {
                locals[c] = new Local();
                locals[c].nextSteal = c;
            }
        }
    }

    // ---------------------------------------------------------------- list primitives

    private static void addHead(Node head, Node n) {
        n.next = head.next;
        n.prev = head;
        head.next.prev = n;
        head.next = n;
    }

    private static void unlink(Node n) {
        n.prev.next = n.next;
        n.next.prev = n.prev;
        n.prev = n;
        n.next = n;
    }

    private static void moveHead(Node n, Node head) {
        unlink(n);
        addHead(head, n);
    }

    private static boolean isEmpty(Node head) {
        return head.next == head;
    }

    // ---------------------------------------------------------------- population

    /** Hands all preallocated nodes to the free lists, as bpf_lru_populate does. */
    void populate(Node[] nodes) {
        if (!percpu) {
            for (Node n : nodes) {
                n.type = FREE;
                n.ref = false;
                addHead(common.heads[FREE], n);
            }
            targetFree = Math.max(1, Math.min(LOCAL_FREE_TARGET, nodes.length / cpus / 2));
            return;
        }
        int perCpuEntries = nodes.length / cpus;
        int i = 0;
        for (int c = 0; c < cpus && i < nodes.length; c++) {
            do {
                Node n = nodes[i];
                n.cpu = c;
                n.type = FREE;
                n.ref = false;
                addHead(perCpu[c].heads[FREE], n);
                i++;
            } while (i < nodes.length && i % perCpuEntries != 0);
        }
    }

    // ---------------------------------------------------------------- moves between lists

    private void countDec(Lists l, int type) {
        if (type < FREE) {
            l.counts[type]--;
        }
    }

    private void countInc(Lists l, int type) {
        if (type < FREE) {
            l.counts[type]++;
        }
    }

    private void moveToFree(Lists l, Node n, Node freeList, int freeType) {
        if (n == l.nextInactiveRotation) {
            l.nextInactiveRotation = l.nextInactiveRotation.prev;
        }
        countDec(l, n.type);
        n.type = freeType;
        moveHead(n, freeList);
    }

    private void moveIn(Lists l, Node n, int type) {
        countInc(l, type);
        n.type = type;
        n.ref = false;
        moveHead(n, l.heads[type]);
    }

    private void move(Lists l, Node n, int type) {
        if (n.type != type) {
            countDec(l, n.type);
            countInc(l, type);
            n.type = type;
        }
        n.ref = false;
        if (n == l.nextInactiveRotation) {
            l.nextInactiveRotation = l.nextInactiveRotation.prev;
        }
        moveHead(n, l.heads[type]);
    }

    // ---------------------------------------------------------------- rotation and shrinking

    private void rotateActive(Lists l) {
        Node head = l.heads[ACTIVE];
        Node first = head.next;
        int i = 0;
        for (Node n = head.prev, prev = n.prev; n != head; n = prev, prev = n.prev) {
            move(l, n, n.ref ? ACTIVE : INACTIVE);
            if (++i == nrScans || n == first) {
                break;
            }
        }
    }

    private void rotateInactive(Lists l) {
        Node head = l.heads[INACTIVE];
        if (isEmpty(head)) {
            return;
        }
        Node last = l.nextInactiveRotation.next;
        if (last == head) {
            last = last.next;
        }
        Node cur = l.nextInactiveRotation;
        Node next = head;
        int i = 0;
        while (i < nrScans) {
            if (cur == head) {
                cur = cur.prev;
                continue;
            }
            Node n = cur;
            next = cur.prev;
            if (n.ref) {
                move(l, n, ACTIVE);
            }
            if (cur == last) {
                break;
            }
            cur = next;
            i++;
        }
        l.nextInactiveRotation = next;
    }

    private void rotate(Lists l) {
        if (l.counts[INACTIVE] < l.counts[ACTIVE]) {
            rotateActive(l);
        }
        rotateInactive(l);
    }

    private int shrinkInactive(Lists l, int target, Node freeList, int freeType) {
        Node head = l.heads[INACTIVE];
        int shrunk = 0;
        int i = 0;
        for (Node n = head.prev, prev = n.prev; n != head; n = prev, prev = n.prev) {
            if (n.ref) {
                move(l, n, ACTIVE);
            } else if (delFromHtab.test(n)) {
                moveToFree(l, n, freeList, freeType);
                if (++shrunk == target) {
                    break;
                }
            }
            if (++i == nrScans) {
                break;
            }
        }
        return shrunk;
    }

    private int shrink(Lists l, int target, Node freeList, int freeType) {
        int shrunk = shrinkInactive(l, target, freeList, freeType);
        if (shrunk > 0) {
            return shrunk;
        }
        // Nothing unreferenced: evict one element regardless of its reference bit.
        Node head = isEmpty(l.heads[INACTIVE]) ? l.heads[ACTIVE] : l.heads[INACTIVE];
        for (Node n = head.prev, prev = n.prev; n != head; n = prev, prev = n.prev) {
            if (delFromHtab.test(n)) {
                moveToFree(l, n, freeList, freeType);
                return 1;
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------- common LRU

    private void flushLocal(Local loc) {
        Node head = loc.pending;
        for (Node n = head.prev, prev = n.prev; n != head; n = prev, prev = n.prev) {
            moveIn(common, n, n.ref ? ACTIVE : INACTIVE);
        }
    }

    private void refillLocal(Local loc) {
        flushLocal(loc);
        rotate(common);
        Node free = common.heads[FREE];
        int moved = 0;
        for (Node n = free.next, nx = n.next; n != free; n = nx, nx = n.next) {
            moveToFree(common, n, loc.free, LOCAL_FREE);
            if (++moved == targetFree) {
                break;
            }
        }
        if (moved < targetFree) {
            shrink(common, targetFree - moved, loc.free, LOCAL_FREE);
        }
    }

    private static Node popLocalFree(Local loc) {
        if (isEmpty(loc.free)) {
            return null;
        }
        Node n = loc.free.next;
        unlink(n);
        return n;
    }

    private Node popLocalPending(Local loc) {
        for (boolean force : new boolean[] {false, true}) {
            Node head = loc.pending;
            for (Node n = head.prev; n != head; n = n.prev) {
                if ((!n.ref || force) && delFromHtab.test(n)) {
                    unlink(n);
                    return n;
                }
            }
        }
        return null;
    }

    private static void addPending(Local loc, Node n, int cpu) {
        n.cpu = cpu;
        n.type = LOCAL_PENDING;
        n.ref = false;
        addHead(loc.pending, n);
    }

    private Node commonPop(int cpu) {
        Local loc = locals[cpu];
        Node n = popLocalFree(loc);
        if (n == null) {
            refillLocal(loc);
            n = popLocalFree(loc);
        }
        if (n != null) {
            addPending(loc, n, cpu);
            return n;
        }
        int first = loc.nextSteal;
        int steal = first;
        do {
            Local victim = locals[steal];
            n = popLocalFree(victim);
            if (n == null) {
                n = popLocalPending(victim);
            }
            steal = (steal + 1) % cpus;
        } while (n == null && steal != first);
        loc.nextSteal = steal;
        if (n != null) {
            addPending(loc, n, cpu);
        }
        return n;
    }

    // ---------------------------------------------------------------- per-CPU LRU

    private Node percpuPop(int cpu) {
        Lists l = perCpu[cpu];
        rotate(l);
        Node free = l.heads[FREE];
        if (isEmpty(free)) {
            shrink(l, PERCPU_FREE_TARGET, free, FREE);
        }
        if (isEmpty(free)) {
            return null;
        }
        Node n = free.next;
        n.ref = false;
        move(l, n, INACTIVE);
        return n;
    }

    // ---------------------------------------------------------------- the two entry points

    /** bpf_lru_pop_free: an element for a new entry on {@code cpu}, evicting if needed; or null. */
    Node popFree(int cpu) {
        return percpu ? percpuPop(cpu) : commonPop(cpu);
    }

    /** bpf_lru_push_free: gives back an element whose entry was deleted or never inserted. */
    void pushFree(Node n) {
        if (percpu) {
            move(perCpu[n.cpu], n, FREE);
            return;
        }
        if (n.type == LOCAL_PENDING) {
            n.type = LOCAL_FREE;
            n.ref = false;
            moveHead(n, locals[n.cpu].free);
            return;
        }
        move(common, n, FREE);
    }

    // ---------------------------------------------------------------- debugger snapshots

    /** The list heads then {@code elems}, always in the same order. */
    private List<Node> allNodes(Node[] elems) {
        List<Node> all = new ArrayList<>();
        for (Lists l : listSets()) {
            all.addAll(Arrays.asList(l.heads));
        }
        if (locals != null) {
            for (Local loc : locals) {
                all.add(loc.free);
                all.add(loc.pending);
            }
        }
        all.addAll(Arrays.asList(elems));
        return all;
    }

    private List<Lists> listSets() {
        return percpu ? Arrays.asList(perCpu) : List.of(common);
    }

    private record Saved(Node[] prev, Node[] next, int[] type, boolean[] ref, int[] cpu, int[][] counts,
                         Node[] rotation, int[] nextSteal, int targetFree) {
    }

    /** Every link, list type, reference bit and CPU of the heads and {@code elems}, and the cursors: the recency order. */
    Object snapshot(Node[] elems) {
        List<Node> all = allNodes(elems);
        int n = all.size();
        Saved s = new Saved(new Node[n], new Node[n], new int[n], new boolean[n], new int[n],
                new int[listSets().size()][], new Node[listSets().size()], new int[locals == null ? 0 : locals.length],
                targetFree);
        for (int i = 0; i < n; i++) {
            Node x = all.get(i);
            s.prev[i] = x.prev;
            s.next[i] = x.next;
            s.type[i] = x.type;
            s.ref[i] = x.ref;
            s.cpu[i] = x.cpu;
        }
        for (int i = 0; i < listSets().size(); i++) {
            s.counts[i] = listSets().get(i).counts.clone();
            s.rotation[i] = listSets().get(i).nextInactiveRotation;
        }
        for (int i = 0; i < s.nextSteal.length; i++) {
            s.nextSteal[i] = locals[i].nextSteal;
        }
        return s;
    }

    void restore(Object snapshot, Node[] elems) {
        Saved s = (Saved) snapshot;
        List<Node> all = allNodes(elems);
        for (int i = 0; i < all.size(); i++) {
            Node x = all.get(i);
            x.prev = s.prev[i];
            x.next = s.next[i];
            x.type = s.type[i];
            x.ref = s.ref[i];
            x.cpu = s.cpu[i];
        }
        for (int i = 0; i < listSets().size(); i++) {
            System.arraycopy(s.counts[i], 0, listSets().get(i).counts, 0, s.counts[i].length);
            listSets().get(i).nextInactiveRotation = s.rotation[i];
        }
        for (int i = 0; i < s.nextSteal.length; i++) {
            locals[i].nextSteal = s.nextSteal[i];
        }
        targetFree = s.targetFree;
    }
}
