package app.goodenough.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests that another site's page makes with the visitor's cookies: anything but a
 * plain read, and every request to Vaadin's own endpoints (server calls, push, its websocket
 * upgrade), when the browser says it comes from another origin. Vaadin's push would otherwise
 * answer any origin, credentials included.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ForeignOriginFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final String baseUrlOrigin;

    ForeignOriginFilter(@Value("${good-enough.base-url}") String baseUrl) {
        this.baseUrlOrigin = originOf(baseUrl);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        boolean vaadinEndpoint = request.getParameter("v-r") != null || "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
        return request.getHeader("Origin") == null || (READS.contains(request.getMethod()) && !vaadinEndpoint);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = originOf(request.getHeader("Origin"));
        if (origin.isEmpty() || !origin.equals(ownOrigin(request)) && !origin.equals(baseUrlOrigin)) {
            Refusals.answer(response, HttpServletResponse.SC_FORBIDDEN, "Requests from other sites are not accepted here.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String ownOrigin(HttpServletRequest request) {
        return originOf(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    /** scheme://host:port in lower case, with the scheme's default port written out; "null" or nonsense is nobody's origin. */
    static String originOf(String text) {
        try {
            URI uri = URI.create(text.strip());
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (RuntimeException notAnOrigin) {
            return "";
        }
    }
}
