package org.bpfplay.backend.run;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/assemble}, {@code /api/disassemble}, {@code /api/run}; {@code GET /api/examples}. */
@RestController
class ProgramController {
    private final ProgramService programs;
    private final ExampleCatalog examples;

    ProgramController(ProgramService programs, ExampleCatalog examples) {
        this.programs = programs;
        this.examples = examples;
    }

    @PostMapping(path = "/api/assemble", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode assemble(@RequestBody JsonNode body) {
        return programs.assemble(body);
    }

    @PostMapping(path = "/api/disassemble", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode disassemble(@RequestBody JsonNode body) {
        return programs.disassemble(body);
    }

    @PostMapping(path = "/api/run", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode run(@RequestBody JsonNode body) {
        return programs.run(body);
    }

    @GetMapping(path = "/api/examples", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode examples() {
        return examples.json();
    }
}
