package app.goodenough.managelinks;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.database.AppSecrets;
import app.goodenough.schedule.BookingId;
import app.goodenough.support.ServiceTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Right after a start the link-signing key is not in memory yet, and the first page that needs
 * it (a client's sessions, the coach's calendar) reads it inside a read-only transaction.
 */
class ManageLinksAfterARestartTest extends ServiceTest {

    @Autowired AppSecrets appSecrets;
    @Autowired ManageLinks runningInstance;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void theFirstLinkAfterAStartIsSignedInsideAReadOnlyTransaction() {
        BookingId booking = new BookingId(UUID.randomUUID());
        Instant expires = Instant.parse("2027-01-01T00:00:00Z");
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);

        String signedAfterRestart = readOnly.execute(status -> new ManageLinks(appSecrets, "http://localhost").tokenFor(booking, expires));

        assertThat(signedAfterRestart).isEqualTo(runningInstance.tokenFor(booking, expires));
    }
}
