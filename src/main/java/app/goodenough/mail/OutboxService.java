package app.goodenough.mail;

import app.goodenough.identity.Roles;
import app.goodenough.mail.internal.OutboxRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox for admins: every message, newest first, whether or not a mail server is configured. */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class OutboxService {

    private final OutboxRepository outbox;

    OutboxService(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    public List<OutboxEntry> newest(int limit) {
        return outbox.newest(Math.max(1, Math.min(limit, 500)));
    }
}
