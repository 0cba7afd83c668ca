/**
 * eBPF maps: the map types with their kernel ids ({@link MapType}) and a map's definition
 * ({@link MapSpec}).
 */
package org.bpfplay.engine.maps;
