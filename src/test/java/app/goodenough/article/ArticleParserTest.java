package app.goodenough.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    @Test
    void splitsTitleIntroAndSectionsAndKnowsWhichSectionTeachesWhichPrinciple() {
        Article article = parser.parse("""
                # A title

                An intro.

                ## 1. First principle.

                Its text.

                ## 12. Twelfth.

                ## Closing words

                Book [HERE](/book).
                """);

        assertThat(article.title()).isEqualTo("A title");
        assertThat(article.introHtml()).isEqualTo("<p>An intro.</p>\n");
        assertThat(article.sections()).extracting(Article.Section::principleNumber)
                .containsExactly(Optional.of(1), Optional.of(12), Optional.empty());
        assertThat(article.sections().getLast().bodyHtml()).startsWith("<p>Book <a ").contains("href=\"/book\">HERE</a>.</p>");
    }

    @Test
    void htmlAndScriptInTheTextAreShownAsTextNeverRun() {
        Article article = parser.parse("""
                # <b>Title</b>

                <script>alert(1)</script>

                ## 1. <img src=x onerror=alert(1)>

                [click](javascript:alert(1))
                """);

        assertThat(article.introHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(article.sections().getFirst().bodyHtml()).doesNotContain("javascript:");
        assertThat(ArticlePage.render(article, Map.of())).doesNotContain("<b>Title", "<img", "<script>");
    }
}
