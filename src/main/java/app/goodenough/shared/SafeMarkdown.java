package app.goodenough.shared;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
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

    /** Emphasis marks a passage cut out of its sentence keeps only one side of, such as the "**" of "word** and". */
    private static final String HALF_EMPHASIS = "(?<=\\S)[*_]{1,3}(?=\\s|$)|(?<=^|\\s)[*_]{1,3}(?=\\S)";

    /** A passage cut out of a Markdown text, as plain text: {@link #toPlainText}, and no emphasis mark whose other half was cut off. */
    public static String passage(String markdown) {
        return toPlainText(markdown).replaceAll(HALF_EMPHASIS, "");
    }

    /** The opening of a Markdown text as plain text, at most {@code length} characters, cut after a whole word (then " …"). */
    public static String opening(String markdown, int length) {
        String text = passage(markdown);
        if (text.length() <= length) {
            return text;
        }
        int lastSpace = text.lastIndexOf(' ', length);
        return text.substring(0, lastSpace > 0 ? lastSpace : length) + " …";
    }

    /** What the Markdown says, as plain text on one line: no emphasis marks, headings' hashes or links' addresses. */
    public static String toPlainText(String markdown) {
        StringBuilder text = new StringBuilder();
        parse(markdown).accept(new PlainText(text));
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** The words of a text as a reader sees them, blocks apart; markup that is not Markdown stays as typed. */
    private static final class PlainText extends AbstractVisitor {

        private final StringBuilder text;

        PlainText(StringBuilder text) {
            this.text = text;
        }

        @Override
        public void visit(Text node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(Code node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(HtmlInline node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(HtmlBlock node) {
            text.append(node.getLiteral()).append(' ');
        }

        @Override
        public void visit(FencedCodeBlock node) {
            text.append(node.getLiteral()).append(' ');
        }

        @Override
        public void visit(IndentedCodeBlock node) {
            text.append(node.getLiteral()).append(' ');
        }

        @Override
        public void visit(SoftLineBreak node) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak node) {
            text.append(' ');
        }

        @Override
        public void visit(Paragraph node) {
            visitChildren(node);
            text.append(' ');
        }

        @Override
        public void visit(Heading node) {
            visitChildren(node);
            text.append(' ');
        }
    }
}
