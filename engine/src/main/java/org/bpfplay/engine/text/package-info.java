/**
 * Plain-text forms shared by every input of the engine and the backend: {@link HexText}, the one
 * reader and writer of hex bytes (program .hex files, raw packets, map keys and values, context bytes).
 */
package org.bpfplay.engine.text;
