package app.goodenough.feeds;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves feeds at {@code /feeds/<token>.ics} to calendar apps, which sign in nowhere: the token
 * is the key. An unchanged feed is answered with 304 to an {@code If-None-Match} that names its
 * ETag; a malformed, revoked or unknown token with the same 404.
 */
@Component
class FeedFilter extends OncePerRequestFilter {

    private final CalendarFeedService feeds;

    FeedFilter(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return !(read && request.getRequestURI().startsWith(request.getContextPath() + CalendarFeedService.PATH));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException {
        String name = request.getRequestURI().substring(request.getContextPath().length() + CalendarFeedService.PATH.length());
        Optional<Feed> feed = name.endsWith(CalendarFeedService.SUFFIX)
                ? feeds.feed(name.substring(0, name.length() - CalendarFeedService.SUFFIX.length()))
                : Optional.empty();
        if (feed.isEmpty()) {
            byte[] text = "There is no calendar at this address. Its owner may have made a new one.\n".getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(text);
            return;
        }
        response.setHeader("ETag", feed.get().etag());
        String asked = request.getHeader("If-None-Match");
        if (asked != null && (asked.contains(feed.get().etag()) || asked.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/calendar;charset=UTF-8");
        response.setContentLength(feed.get().ics().length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(feed.get().ics());
        }
    }
}
