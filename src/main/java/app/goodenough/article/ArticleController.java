package app.goodenough.article;

import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the coach's article at {@code /} as plain server-rendered HTML: readers who only
 * read cost no Vaadin session and no HTTP session.
 */
@Controller
class ArticleController {

    static final String ARTICLE = "content/perfectionism-article.md";

    private final PrincipleService principleService;
    private final Article article;

    ArticleController(PrincipleService principleService) {
        this.principleService = principleService;
        this.article = new ArticleParser().parse(read(ARTICLE));
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> article() {
        Map<Integer, Principle> principles = principleService.principles().stream()
                .collect(Collectors.toMap(Principle::number, Function.identity()));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(ArticlePage.render(article, principles));
    }

    private static String read(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The article " + resource + " is missing", e);
        }
    }
}
