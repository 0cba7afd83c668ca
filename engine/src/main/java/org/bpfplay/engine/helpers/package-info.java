/** Kernel helper functions: their ids and names, and (later) prototypes and implementations. */
package org.bpfplay.engine.helpers;
