package app.goodenough;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the server compresses: stylesheets and scripts, never a page or a Vaadin request, which carry tokens (BREACH). */
@IntegrationTest
class CompressionTest {

    @LocalServerPort int port;

    @Test
    void stylesheetsGoOutGzippedWhenTheBrowserAcceptsIt() throws Exception {
        for (String stylesheet : new String[] {"/aura/aura.css", "/styles/good-enough.css"}) {
            HttpResponse<byte[]> response = get(stylesheet, "gzip, deflate, br");

            assertThat(response.statusCode()).as(stylesheet).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(stylesheet).hasValue("gzip");
            assertThat(gunzip(response.body())).as(stylesheet).contains("{").contains("}");
            assertThat(get(stylesheet, "identity").headers().firstValue("Content-Encoding")).as(stylesheet).isEmpty();
        }
    }

    @Test
    void pagesAreNotCompressed() throws Exception {
        for (String page : new String[] {"/", "/book", "/login"}) {
            HttpResponse<byte[]> response = get(page, "gzip, deflate, br");

            assertThat(response.headers().firstValue("Content-Type")).as(page).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(response.headers().firstValue("Content-Encoding")).as(page).isEmpty();
        }
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", acceptEncoding).build();
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
