package app.goodenough.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * No request can make the server hold much: a body is read only up to a limit, and a value sent
 * to the page's fields (Vaadin's server calls are JSON) only up to the longest field that exists,
 * before anything of it reaches a component. A visitor without an account may send 64 KB and
 * texts of {@value #ANONYMOUS_TEXT} characters (the booking form's longest field has 2,000); a
 * signed-in person 1 MB and {@value #SIGNED_IN_TEXT} characters (a note). More is refused with
 * 413 before it is parsed into the page. (Forms posted the classic way, such as signing in, are
 * limited by Tomcat to 64 KB.)
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final int ANONYMOUS_BYTES = 64 * 1024;
    static final int SIGNED_IN_BYTES = 1024 * 1024;
    static final int ANONYMOUS_TEXT = 4_000;
    static final int SIGNED_IN_TEXT = 100_000;

    private static final JsonFactory JSON = new JsonFactory();

    private final SecurityContextHolderStrategy securityContexts;

    RequestSizeLimitFilter(SecurityContextHolderStrategy securityContexts) {
        this.securityContexts = securityContexts;
    }

    /** Vaadin's own requests, which carry what is typed into pages; forms posted the classic way (signing in) are Tomcat's to limit. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) || query == null || !query.contains("v-r=");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean signedIn = signedIn();
        int maxBytes = signedIn ? SIGNED_IN_BYTES : ANONYMOUS_BYTES;
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes || ("uidl".equals(request.getParameter("v-r")) && longestText(body) > (signedIn ? SIGNED_IN_TEXT : ANONYMOUS_TEXT))) {
            refuse(response);
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    private boolean signedIn() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** The length of the longest name or text in a JSON body; unreadable JSON counts as too long. */
    static int longestText(byte[] json) {
        int longest = 0;
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
                    longest = Math.max(longest, parser.getStringLength());
                }
            }
            return longest;
        } catch (JacksonException unreadable) {
            return Integer.MAX_VALUE;
        }
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        Refusals.answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request is larger than any form here needs.");
    }

    /** The request, its body read once and handed on. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
