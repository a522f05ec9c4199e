package app.goodenough.mail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.identity.CurrentUser;
import app.goodenough.mail.internal.OutboxRepository;
import app.goodenough.shared.DemoMode;
import app.goodenough.support.IntegrationTest;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Outside the demo the mailbox does not exist: its service answers nobody. */
@IntegrationTest
class DemoMailboxTest {

    @Autowired OutboxRepository outbox;
    @Autowired CurrentUser currentUser;
    @Autowired Clock clock;

    @Test
    void aRealPracticeHasNoMailbox() {
        DemoMailbox realPractice = new DemoMailbox(outbox, currentUser, new DemoMode(false), clock);

        assertThatThrownBy(() -> realPractice.letters(Set.of("sam@example.com"))).isInstanceOf(AccessDeniedException.class);
    }
}
