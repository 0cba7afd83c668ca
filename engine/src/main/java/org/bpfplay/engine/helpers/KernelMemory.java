package org.bpfplay.engine.helpers;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, read-only fake address space for probe_read*: a few kernel objects and a page of the
 * current process's user memory, built from the {@link World}. Addresses at or above
 * {@link #TASK_SIZE} are kernel space, below are user space, as on x86-64. Everything outside the
 * segments faults (-EFAULT). The layouts are bpfplay's own, documented here (real task_struct
 * offsets depend on the kernel build and are found through BTF/CO-RE):
 *
 * <pre>
 * struct task_struct (at CURRENT_TASK, 0x100 bytes)   struct mm_struct (at MM, 0x40 bytes)
 *   0x00 u64  __state       (0 = TASK_RUNNING)          0x00 u64 arg_start  (user address)
 *   0x08 u32  pid                                       0x08 u64 arg_end
 *   0x0c u32  tgid                                      0x10 u64 env_start
 *   0x10 u32  uid                                       0x18 u64 env_end
 *   0x14 u32  gid
 *   0x18 char comm[16]
 *   0x28 u64  real_parent   (-> PARENT_TASK)           PARENT_TASK: pid 1, tgid 1, uid 0, gid 0,
 *   0x30 u64  mm            (-> MM)                      comm "systemd", real_parent -> itself, mm 0
 *   0x38 u64  start_time    (ns, monotonic)
 *   0x40 u64  cpu
 * user page at USER_ARGS: the NUL-separated argv ("/usr/bin/COMM", "--flag") then envp ("HOME=/root")
 * </pre>
 */
public final class KernelMemory {
    /** x86-64 TASK_SIZE_MAX: the end of user space. */
    public static final long TASK_SIZE = 0x0000_7fff_ffff_f000L;
    public static final long CURRENT_TASK = 0xffff_8880_04a8_0000L;
    public static final long PARENT_TASK = 0xffff_8880_0010_0000L;
    public static final long MM = 0xffff_8880_04a8_2000L;
    public static final long USER_ARGS = 0x0000_7ffd_1234_0000L;

    public static final int TASK_PID = 0x08;
    public static final int TASK_TGID = 0x0c;
    public static final int TASK_UID = 0x10;
    public static final int TASK_GID = 0x14;
    public static final int TASK_COMM = 0x18;
    public static final int TASK_REAL_PARENT = 0x28;
    public static final int TASK_MM = 0x30;
    public static final int TASK_START_TIME = 0x38;
    public static final int TASK_CPU = 0x40;
    public static final int TASK_SIZE_BYTES = 0x100;

    /** One mapped piece of the fake address space. */
    public record Segment(String name, long address, byte[] bytes) {
        boolean contains(long a, long len) {
            long off = a - address;
            return Long.compareUnsigned(a, address) >= 0 && Long.compareUnsigned(off, bytes.length) <= 0
                    && len <= bytes.length - off;
        }
    }

    private final List<Segment> segments = new ArrayList<>();

    public KernelMemory(World w) {
        segments.add(new Segment("task_struct (current)", CURRENT_TASK,
                task(w.pid(), w.tgid(), w.uid(), w.gid(), w.commBytes(), PARENT_TASK, MM, w.startNs() / 2, w.cpu())));
        byte[] systemd = new byte[16];
        byte[] s = "systemd".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(s, 0, systemd, 0, s.length);
        segments.add(new Segment("task_struct (init)", PARENT_TASK, task(1, 1, 0, 0, systemd, PARENT_TASK, 0, 0, 0)));
        String argv = "/usr/bin/" + w.comm() + "\0--flag\0";
        String env = "HOME=/root\0";
        byte[] user = (argv + env).getBytes(StandardCharsets.UTF_8);
        ByteBuffer mm = ByteBuffer.allocate(0x40).order(ByteOrder.LITTLE_ENDIAN);
        int argvLen = argv.getBytes(StandardCharsets.UTF_8).length;
        mm.putLong(0x00, USER_ARGS).putLong(0x08, USER_ARGS + argvLen).putLong(0x10, USER_ARGS + argvLen)
                .putLong(0x18, USER_ARGS + user.length);
        segments.add(new Segment("mm_struct", MM, mm.array()));
        segments.add(new Segment("user stack (argv, envp)", USER_ARGS, user));
    }

    private static byte[] task(int pid, int tgid, int uid, int gid, byte[] comm, long parent, long mm, long start,
                               int cpu) {
        ByteBuffer b = ByteBuffer.allocate(TASK_SIZE_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(TASK_PID, pid).putInt(TASK_TGID, tgid).putInt(TASK_UID, uid).putInt(TASK_GID, gid);
        b.put(TASK_COMM, comm, 0, 16);
        b.putLong(TASK_REAL_PARENT, parent).putLong(TASK_MM, mm).putLong(TASK_START_TIME, start)
                .putLong(TASK_CPU, cpu);
        return b.array();
    }

    public static boolean isUserAddress(long a) {
        return Long.compareUnsigned(a, TASK_SIZE) < 0;
    }

    /** The mapped segments (for the UI). */
    public List<Segment> segments() {
        return List.copyOf(segments);
    }

    /** Copies len bytes at a into dst; false (dst untouched) unless all of them are mapped. */
    public boolean read(long a, byte[] dst, int dstOff, int len) {
        for (Segment s : segments) {
            if (s.contains(a, len)) {
                System.arraycopy(s.bytes(), (int) (a - s.address()), dst, dstOff, len);
                return true;
            }
        }
        return false;
    }

    /** True if the byte at a is mapped. */
    public boolean mapped(long a) {
        for (Segment s : segments) {
            if (s.contains(a, 1)) {
                return true;
            }
        }
        return false;
    }
}
