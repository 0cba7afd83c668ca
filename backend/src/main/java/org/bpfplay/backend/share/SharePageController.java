package org.bpfplay.backend.share;

import org.bpfplay.backend.playground.PlaygroundPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /s/{id}}: the playground page opened on a share. The page loads the snapshot itself from
 * {@code /api/shares/{id}}; an unknown id still gets the page (status 404) with a clear notice, so the
 * person can start over from there.
 */
@Controller
class SharePageController {
    private final ShareService shares;
    private final PlaygroundPage page;

    SharePageController(ShareService shares, PlaygroundPage page) {
        this.shares = shares;
        this.page = page;
    }

    @GetMapping("/s/{id}")
    ModelAndView open(@PathVariable String id, Model model) {
        boolean known = shares.load(id).isPresent();
        ModelAndView view = page.render(known ? id : null, known ? null : "No share with id '" + id + "'.");
        view.setStatus(known ? HttpStatus.OK : HttpStatus.NOT_FOUND);
        return view;
    }
}
