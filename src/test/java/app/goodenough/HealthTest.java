package app.goodenough;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class HealthTest {

    @LocalServerPort int port;
    @Autowired DataSourceHealthIndicator databaseHealth;

    @Test
    void healthIsUpWithoutSigningInAndCountsTheDatabase() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
        assertThat(databaseHealth.health(false).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsDown() {
        try (HikariDataSource unreachable = new HikariDataSource()) {
            unreachable.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/good_enough");
            unreachable.setInitializationFailTimeout(-1);
            unreachable.setConnectionTimeout(500);

            assertThat(new DataSourceHealthIndicator(unreachable).health(false).getStatus()).isEqualTo(Status.DOWN);
        }
    }

    @Test
    void otherActuatorEndpointsAreNotServed() throws Exception {
        HttpResponse<String> response = get("/actuator/env");

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(response.body()).doesNotContain("spring.datasource");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
