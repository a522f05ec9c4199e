package app.goodenough.shared;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Markdown to HTML in which no HTML or script from the text survives: it is shown as text. */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private SafeMarkdown() {
    }

    public static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    public static String render(Node node) {
        return RENDERER.render(node);
    }

    public static String toHtml(String markdown) {
        return render(parse(markdown));
    }
}
