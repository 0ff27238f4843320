package app.orbit.service;

import app.orbit.domain.Ask;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an ask as one precise sentence in the user's language, from the bundles: what I look
 * for, in which domain, which niche, what I bring, and the help I would like. Parts left blank
 * are left out, so a draft reads well while it is being written.
 */
public final class AskComposer {

    private final Messages messages;

    public AskComposer(Messages messages) {
        this.messages = messages;
    }

    public String compose(Ask ask) {
        if (ask.lookingFor().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("ask.compose.lookingFor", trimEnd(ask.lookingFor())));
        if (!ask.domain().isEmpty()) {
            parts.add(messages.get("ask.compose.domain", trimEnd(ask.domain())));
        }
        if (!ask.niche().isEmpty()) {
            parts.add(messages.get("ask.compose.niche", trimEnd(ask.niche())));
        }
        if (!ask.differentiator().isEmpty()) {
            parts.add(messages.get("ask.compose.differentiator", trimEnd(ask.differentiator())));
        }
        parts.add(messages.get("ask.compose.help." + ask.helpWanted().name()));
        return String.join("", parts);
    }

    /** Drops the full stop or comma the user may have typed: the sentence brings its own. */
    private static String trimEnd(String s) {
        return s.replaceAll("[\\s.,;:!?]+$", "");
    }
}
