package org.bpfplay.backend.playground;

import java.util.HashMap;
import java.util.Map;

import org.bpfplay.backend.session.DebugCommands;
import org.bpfplay.backend.system.Limits;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Builds the model of the playground page, for the front page and for a share page alike: what the
 * script needs before its first request (share id, engine availability, limits) travels as data
 * attributes of the root element.
 */
@Component
public class PlaygroundPage {
    static final String VIEW = "playground";

    private final DebugCommands commands;
    private final Limits limits;

    PlaygroundPage(DebugCommands commands, Limits limits) {
        this.commands = commands;
        this.limits = limits;
    }

    /**
     * @param shareId the share to open, or null for an empty playground
     * @param notice  a message shown above the editor (e.g. an unknown share), or null
     */
    public ModelAndView render(String shareId, String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("shareId", shareId == null ? "" : shareId);
        model.put("notice", notice);
        model.put("engineAvailable", commands.available());
        model.put("shareBytes", limits.shareBytes());
        model.put("wsMessageBytes", limits.wsMessageBytes());
        return new ModelAndView(VIEW, model);
    }
}
