/** The Spring Boot application; features live in sub-packages. */
package org.bpfplay.backend;
