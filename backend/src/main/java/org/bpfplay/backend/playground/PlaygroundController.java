package org.bpfplay.backend.playground;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** {@code /}: the empty playground. */
@Controller
class PlaygroundController {
    private final PlaygroundPage page;

    PlaygroundController(PlaygroundPage page) {
        this.page = page;
    }

    @GetMapping("/")
    ModelAndView playground() {
        return page.render(null, null);
    }
}
