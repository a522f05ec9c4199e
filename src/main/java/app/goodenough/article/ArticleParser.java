package app.goodenough.article;

import app.goodenough.shared.SafeMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Reads the article from Markdown: "#" is the title, each "##" starts a section, and a
 * section whose heading starts with a number ("3. …") teaches that principle. Any HTML in
 * the text is shown as text, never run.
 */
final class ArticleParser {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s+(.*)$");

    private final TextContentRenderer text = TextContentRenderer.builder().build();

    Article parse(String markdown) {
        Node document = SafeMarkdown.parse(markdown);
        String title = "";
        StringBuilder intro = new StringBuilder();
        List<Article.Section> sections = new ArrayList<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() == 1) {
                title = text.render(h).strip();
            } else if (node instanceof Heading h && h.getLevel() == 2) {
                if (heading != null) {
                    sections.add(section(heading, body));
                }
                heading = text.render(h).strip();
                body = new StringBuilder();
            } else {
                (heading == null ? intro : body).append(SafeMarkdown.render(node));
            }
        }
        if (heading != null) {
            sections.add(section(heading, body));
        }
        return new Article(title, intro.toString(), List.copyOf(sections));
    }

    private static Article.Section section(String heading, StringBuilder body) {
        Matcher numbered = NUMBERED.matcher(heading);
        Optional<Integer> number = numbered.matches() ? Optional.of(Integer.parseInt(numbered.group(1))) : Optional.empty();
        return new Article.Section(heading, number, body.toString());
    }
}
