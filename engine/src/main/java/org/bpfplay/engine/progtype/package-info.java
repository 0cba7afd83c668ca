/**
 * eBPF program types as data: the kernel's id and name, the context struct the program gets in r1
 * (field names, offsets, sizes, which fields are pointers or writable, for the UI and the runtime),
 * how the run's packet is presented (skb, xdp, none) and the names of the return values.
 */
package org.bpfplay.engine.progtype;
