package app.goodenough.mail;

import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.mail.internal.OutboxRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For the coach: the messages about their sessions that have not gone out yet after failing; nobody else's. */
@Service
@PreAuthorize(Roles.IS_COACH)
@Transactional(readOnly = true)
public class UndeliveredMessages {

    private static final int SHOWN = 20;

    private final OutboxRepository outbox;
    private final CurrentUser currentUser;

    UndeliveredMessages(OutboxRepository outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    /** The newest first, at most 20. */
    public List<Undelivered> mine() {
        return outbox.undeliveredAbout(currentUser.require().id(), SHOWN);
    }
}
