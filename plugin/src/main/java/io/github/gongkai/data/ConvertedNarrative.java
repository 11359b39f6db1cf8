package io.github.gongkai.data;

import io.github.gongkai.diagnostic.BuildLog;
import java.io.Serializable;
import java.util.List;

/**
 * A narrative converted to HTML, with what the converter said about it, so that the messages can
 * be logged in report order after a parallel conversion and again when the HTML comes from the cache.
 *
 * @param html     the sanitized HTML fragment
 * @param messages the converter's messages, in the order it gave them
 */
public record ConvertedNarrative(String html, List<Message> messages) implements Serializable {

    /** Logs the messages. */
    public void replay(BuildLog log) {
        for (Message message : messages) {
            if (message.warning()) {
                log.warn(message.text());
            } else {
                log.info(message.text());
            }
        }
    }

    /**
     * One line the converter logged.
     *
     * @param warning whether it is a warning (else information)
     * @param text    the line, naming file and line
     */
    public record Message(boolean warning, String text) implements Serializable {
    }
}
