package app.goodenough.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The article at / as a reader's browser receives it. */
@IntegrationTest
class ArticlePageTest {

    @LocalServerPort int port;

    @Test
    void theArticleLinksEachPrincipleSectionToBookingWithThatFocus() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<h1>How to Break Free from the Perfectionism Trap</h1>",
                "Recognize when black-and-white thinking is taking over.");
        assertThat(linksWithText(page.body(), "Work on this in a session")).containsExactly(
                "/book?focus=not-all-bad", "/book?focus=perfection-not-necessary", "/book?focus=black-and-white-thinking",
                "/book?focus=mistakes-as-growth", "/book?focus=beyond-the-helper", "/book?focus=not-always-on",
                "/book?focus=redefine-success");
        assertThat(linksWithText(page.body(), "HERE")).containsExactly("/book");
        assertThat(linksWithText(page.body(), "Schedule a session")).containsExactly("/book");
    }

    @Test
    void readingCostsNoSessionAndUnderOneHundredKilobytes() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> styles = get("/styles/article.css");

        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<Void> head = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(page.body()).doesNotContain("<script");
        assertThat(styles.statusCode()).isEqualTo(200);
        int bytes = page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + styles.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(bytes).isLessThan(100 * 1024);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> linksWithText(String html, String text) {
        Matcher links = Pattern.compile("<a [^>]*href=\"([^\"]*)\"[^>]*>" + Pattern.quote(text) + "</a>").matcher(html);
        return links.results().map(match -> match.group(1).replace("&amp;", "&")).toList();
    }
}
