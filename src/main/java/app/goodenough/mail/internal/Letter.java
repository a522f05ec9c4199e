package app.goodenough.mail.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** A short message written once and rendered twice: as plain text and as simple, escaped HTML. */
final class Letter {

    private record Part(String text, String url) {
    }

    private final List<Part> parts = new ArrayList<>();

    Letter paragraph(String text) {
        parts.add(new Part(text, null));
        return this;
    }

    Letter link(String label, String url) {
        parts.add(new Part(label, url));
        return this;
    }

    String text() {
        return String.join("\n\n", parts.stream().map(part -> part.url() == null ? part.text() : part.text() + ":\n" + part.url()).toList())
                + "\n";
    }

    String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: Georgia, serif; color: #24302f; "
                + "line-height: 1.5; max-width: 36rem\">");
        for (Part part : parts) {
            String text = HtmlUtils.htmlEscape(part.text()).replace("\n", "<br>");
            html.append("<p>").append(part.url() == null ? text
                    : "<a href=\"" + HtmlUtils.htmlEscape(part.url()) + "\">" + text + "</a>").append("</p>");
        }
        return html.append("</body></html>").toString();
    }
}
