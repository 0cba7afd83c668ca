/**
 * The static verifier: an abstract interpreter that must agree with the Linux 6.18 verifier on
 * verdicts, register states and log text. Sub-packages hold its parts; {@code scalar} is the
 * numeric core (tnums and min/max bounds).
 */
package org.bpfplay.engine.verifier;
