package app.goodenough.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every response, set first and kept whatever is set later: Vaadin's
 * page bootstrap writes its own {@code Cache-Control} and {@code X-Frame-Options} and does not
 * pass Spring Security's header writer. No browser or proxy keeps a copy of anything but
 * static files, since pages and Vaadin's answers may hold personal data; HSTS goes out on HTTPS.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * As strict as Vaadin allows: its client runs inline bootstrap code and evaluates the
     * JavaScript the server sends ({@code executeJs}), and it talks back over XHR and websockets
     * to this origin only. Nothing may frame the application, and no plugin or foreign script loads.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000 ; includeSubDomains";

    private static final Map<String, String> ALWAYS = caseInsensitive(Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Frame-Options", "DENY"));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String> fixed = caseInsensitive(ALWAYS);
        if (!isStaticFile(request)) {
            fixed.put("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            fixed.put("Strict-Transport-Security", HSTS);
        }
        fixed.forEach(response::setHeader);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, fixed.getOrDefault(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                if (!fixed.containsKey(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }

    private static boolean isStaticFile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/") || path.startsWith("/styles/") || path.startsWith("/icons/");
    }

    private static Map<String, String> caseInsensitive(Map<String, String> headers) {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.putAll(headers);
        return map;
    }
}
