package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.shared.StartupProblem;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forwarded headers are believed from the configured proxies and from nobody else, in a real Tomcat. */
class TrustedProxiesTest {

    @TempDir Path base;

    @Test
    void theSettingNamesAddressesAndNothingElse() {
        assertThat(TrustedProxies.addresses(" 127.0.0.1, ::1 ,,10.0.0.5")).containsExactly("127.0.0.1", "0:0:0:0:0:0:0:1", "10.0.0.5");
        assertThat(TrustedProxies.addresses("")).isEmpty();
        assertThatThrownBy(() -> TrustedProxies.addresses("127.0.0.1, proxy.example"))
                .isInstanceOf(StartupProblem.class).hasMessageContaining("GOOD_ENOUGH_TRUSTED_PROXIES").hasMessageContaining("proxy.example");
    }

    @Test
    void aTrustedProxyForwardsTheClientsAddressAndScheme() throws Exception {
        assertThat(seenBehind(List.of("127.0.0.1"))).isEqualTo("203.0.113.7 https secure app.example");
    }

    @Test
    void anyoneElsesForwardedHeadersAreIgnored() throws Exception {
        assertThat(seenBehind(List.of("10.9.9.9"))).isEqualTo("127.0.0.1 http plain 127.0.0.1");
    }

    /** What a servlet behind the valve sees of a request that comes from this machine claiming to forward another. */
    private String seenBehind(List<String> proxies) throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        tomcat.setPort(0);
        tomcat.getEngine().getPipeline().addValve(TrustedProxies.valve(proxies));
        Context context = tomcat.addContext("", base.toString());
        Tomcat.addServlet(context, "echo", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.getWriter().write(request.getRemoteAddr() + " " + request.getScheme() + " "
                        + (request.isSecure() ? "secure" : "plain") + " " + request.getServerName());
            }
        });
        context.addServletMappingDecoded("/", "echo");
        tomcat.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            int port = tomcat.getConnector().getLocalPort();
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-Host", "app.example").build(), HttpResponse.BodyHandlers.ofString()).body();
        } finally {
            tomcat.stop();
            tomcat.destroy();
        }
    }
}
