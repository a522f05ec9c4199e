package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Every kind of response carries the security headers, and none that could hold personal data is cached. */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/book", "/coach/calendar", "/health", "/no-such-page", "/?v-r=init"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        HttpHeaders headers = get(path).headers();

        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void strictTransportSecurityIsSentOverHttpsOnlyAndNobodyCanClaimItWithoutATrustedProxy() throws Exception {
        assertThat(get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7").headers().firstValue("Strict-Transport-Security"))
                .as("no proxy is trusted in the tests, so the header is somebody's claim").isEmpty();
    }

    @Test
    void aSecureConnectionGetsStrictTransportSecurity() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SecurityHeadersFilter().doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo(SecurityHeadersFilter.HSTS);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
