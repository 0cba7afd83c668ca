package org.bpfplay.backend.share;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.bpfplay.backend.system.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/shares} stores a snapshot; {@code GET /api/shares/{id}} returns it. */
@RestController
class ShareController {
    private final ShareService shares;

    ShareController(ShareService shares) {
        this.shares = shares;
    }

    /** 201 with the new id, or 200 with the existing id when the same content was shared before. */
    @PostMapping(path = "/api/shares", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> create(HttpServletRequest request) throws IOException {
        ShareService.Stored stored;
        try (InputStream body = request.getInputStream()) {
            stored = shares.store(body, request.getContentLengthLong());
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("id", stored.id());
        answer.put("url", "/s/" + stored.id());
        answer.put("createdAt", stored.createdAt().toString());
        answer.put("created", stored.created());
        return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/shares/" + stored.id()))
                .body(answer);
    }

    @GetMapping(path = "/api/shares/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode get(@PathVariable String id) {
        ShareService.Loaded share = shares.load(id)
                .orElseThrow(() -> ApiException.notFound("no share with id '" + id + "'"));
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("id", share.id());
        answer.put("url", "/s/" + share.id());
        answer.put("createdAt", share.createdAt().toString());
        answer.setAll(share.snapshot());
        return answer;
    }
}
