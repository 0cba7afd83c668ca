package org.bpfplay.engine.helpers;

import java.util.List;

/**
 * What bpf_for_each_map_elem needs from the maps side: the elements its map_for_each_callback
 * would visit, in the kernel's order (array: index 0..max_entries-1; hash: bucket order), as
 * addresses in the run's memory. Implemented by the runtime facade, which owns map pointers.
 */
@FunctionalInterface
public interface MapElements {
    /** One visited element: where its key and its value are in the run's memory. */
    record Element(long keyAddress, long valueAddress) {
    }

    /** The elements of the map a pointer designates, or null if it is not a map that supports for_each. */
    List<Element> elements(long mapPointer);
}
