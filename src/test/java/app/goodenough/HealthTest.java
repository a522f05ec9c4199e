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
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class HealthTest {

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired DataSourceHealthIndicator databaseHealth;

    @Test
    void healthIsUpWithoutSigningInAndCountsTheDatabase() throws Exception {
        HttpResponse<String> response = get("/health");

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
    void peoplesPortTellsOnlyUpOrDownAndServesNoOtherEndpoint() throws Exception {
        assertThat(get("/health").body()).doesNotContain("backups").doesNotContain("details").doesNotContain("components");
        assertThat(get("/livez").statusCode()).isEqualTo(200);
        assertThat(get("/readyz").statusCode()).isEqualTo(200);
        for (String other : new String[] {"/actuator/health", "/actuator/env", "/actuator/prometheus", "/health/backups"}) {
            HttpResponse<String> response = get(other);
            assertThat(response.statusCode()).as(other).isNotEqualTo(200);
            assertThat(response.body()).doesNotContain("spring.datasource").doesNotContain("good_enough_");
        }
    }

    @Test
    void theManagementPortShowsHealthDetailsAndPrometheusMetrics() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        HttpResponse<String> health = get(managementPort, "/actuator/health");
        assertThat(health.body()).contains("\"backups\"").contains("\"db\"");

        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("good_enough_bookings_total", "good_enough_booking_refusals_total", "good_enough_outbox_due",
                "good_enough_outbox_oldest_due_seconds", "good_enough_outbox_failing", "good_enough_backup_age_seconds",
                "good_enough_throttle_refusals_total", "hikaricp_connections_active");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(port, path);
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
