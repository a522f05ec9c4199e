package app.goodenough.privacy.internal;

import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The same data as the JSON file, as one HTML page a person can read in any browser: objects
 * as lists of named fields, lists as numbered sections, texts as they were written. Everything
 * is escaped; the page loads nothing from anywhere.
 */
final class ReadablePage {

    private ReadablePage() {
    }

    static String of(String title, JsonNode data) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title><style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;"
                        + "line-height:1.5;color:#24302f}dt{font-weight:600;margin-top:.5rem}dd{margin-left:1rem;white-space:pre-wrap}"
                        + "section{border-top:1px solid #e6dfd4;margin-top:1rem}</style></head><body><h1>")
                .append(escape(title)).append("</h1>\n");
        write(html, data, 2);
        return html.append("</body></html>\n").toString();
    }

    private static void write(StringBuilder html, JsonNode node, int level) {
        if (node.isObject()) {
            html.append("<dl>");
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                html.append("<dt>").append(escape(label(field.getKey()))).append("</dt><dd>");
                write(html, field.getValue(), level + 1);
                html.append("</dd>");
            }
            html.append("</dl>\n");
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                html.append("none");
            }
            int number = 1;
            for (JsonNode item : node) {
                html.append("<section><h").append(Math.min(level, 6)).append('>').append(number++).append("</h")
                        .append(Math.min(level, 6)).append('>');
                write(html, item, level + 1);
                html.append("</section>\n");
            }
        } else if (node.isNull()) {
            html.append("—");
        } else {
            html.append(escape(node.asString()));
        }
    }

    /** "sessionType" reads "Session type". */
    static String label(String key) {
        String spaced = key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
