package app.goodenough.article;

import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the coach's article at {@code /} as plain server-rendered HTML: readers who only
 * read cost no Vaadin session and no HTTP session. Every other request to {@code /}, such as
 * Vaadin's own ({@code /?v-r=…}), passes on to the application.
 */
@Component
class ArticlePageFilter extends OncePerRequestFilter {

    static final String ARTICLE = "content/perfectionism-article.md";

    private final PrincipleService principleService;
    private final Article article;

    ArticlePageFilter(PrincipleService principleService) {
        this.principleService = principleService;
        this.article = new ArticleParser().parse(read(ARTICLE));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        boolean root = request.getRequestURI().equals(request.getContextPath() + "/");
        return !(read && root && request.getParameter("v-r") == null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Map<Integer, Principle> principles = principleService.principles().stream()
                .collect(Collectors.toMap(Principle::number, Function.identity()));
        byte[] page = ArticlePage.render(article, principles).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(page.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(page);
        }
    }

    private static String read(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The article " + resource + " is missing", e);
        }
    }
}
