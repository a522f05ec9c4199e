package app.goodenough.article;

import app.goodenough.practice.Principle;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/** The article as one small HTML page: no Vaadin, no script, one stylesheet. */
final class ArticlePage {

    private ArticlePage() {
    }

    static String render(Article article, Map<Integer, Principle> principlesByNumber) {
        StringBuilder sections = new StringBuilder();
        for (Article.Section section : article.sections()) {
            Principle principle = section.principleNumber().map(principlesByNumber::get).orElse(null);
            sections.append(principle == null ? plainSection(section) : principleSection(section, principle));
        }
        return String.format(Locale.ROOT, """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s · Good Enough</title>
                <meta name="description" content="An article on breaking free from the perfectionism trap, and a way to book a session.">
                <link rel="icon" href="/icons/good-enough.svg" type="image/svg+xml">
                <link rel="stylesheet" href="/styles/article.css">
                </head>
                <body>
                <header class="site"><a class="brand" href="/">Good Enough</a><nav><a href="/book">Book a session</a><a href="/login">Sign in</a></nav></header>
                <main>
                <article>
                <h1>%1$s</h1>
                <div class="intro">%2$s</div>
                %3$s</article>
                <aside class="call-to-action">
                <p>Ready to shift your relationship with perfectionism?</p>
                <a class="button" href="/book">Schedule a session</a>
                </aside>
                </main>
                <footer class="site"><p>Functional over flawless.</p></footer>
                </body>
                </html>
                """, HtmlUtils.htmlEscape(article.title()), article.introHtml(), sections);
    }

    private static String plainSection(Article.Section section) {
        return String.format(Locale.ROOT, "<section>\n<h2>%s</h2>\n%s</section>\n", HtmlUtils.htmlEscape(section.heading()),
                section.bodyHtml());
    }

    private static String principleSection(Article.Section section, Principle principle) {
        return String.format(Locale.ROOT, """
                <section class="principle" id="%1$s" style="--principle-colour: %2$s">
                <h2>%3$s</h2>
                %4$s<p class="work-on-this"><a href="/book?focus=%1$s">Work on this in a session</a></p>
                </section>
                """, principle.slug(), principle.colour(), HtmlUtils.htmlEscape(section.heading()), section.bodyHtml());
    }
}
