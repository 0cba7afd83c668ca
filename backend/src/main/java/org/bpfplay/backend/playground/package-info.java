/**
 * The playground page: one Thymeleaf template ({@code templates/playground.html}) that loads the esbuild
 * bundle from the frontend module; the page itself talks to the server through REST and the session socket.
 */
package org.bpfplay.backend.playground;
