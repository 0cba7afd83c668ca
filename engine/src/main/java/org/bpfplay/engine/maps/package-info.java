/**
 * eBPF maps with the kernel's semantics, as plain data structures: the map types with their kernel
 * ids ({@link org.bpfplay.engine.maps.MapType}), a map's definition
 * ({@link org.bpfplay.engine.maps.MapSpec}), the factory that validates a definition like
 * BPF_MAP_CREATE ({@link org.bpfplay.engine.maps.BpfMaps}), and the live maps
 * ({@link org.bpfplay.engine.maps.BpfMap} and one class per type family) with the helpers' and the
 * syscall's operations, their errno results, and change listeners for the UI.
 */
package org.bpfplay.engine.maps;
