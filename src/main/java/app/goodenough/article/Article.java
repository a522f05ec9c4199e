package app.goodenough.article;

import java.util.List;
import java.util.Optional;

/**
 * The coach's article, split into its sections.
 *
 * @param introHtml the paragraphs before the first section, as safe HTML
 */
public record Article(String title, String introHtml, List<Section> sections) {

    /**
     * One section under a "##" heading.
     *
     * @param principleNumber the principle this section teaches, for headings numbered like "3. …"
     */
    public record Section(String heading, Optional<Integer> principleNumber, String bodyHtml) {
    }
}
