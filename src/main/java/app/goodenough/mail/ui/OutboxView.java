package app.goodenough.mail.ui;

import app.goodenough.identity.Roles;
import app.goodenough.mail.DemoMailbox;
import app.goodenough.mail.OutboxEntry;
import app.goodenough.mail.OutboxService;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Every message the application has written, newest first: to whom, what about, when, and how
 * its delivery goes. Never its text: the links in messages (to choose a password, to manage a
 * session) are keys that belong to their recipients, and an admin holding one could act as them.
 */
@Route("admin/outbox")
@PageTitle("Outbox · Good Enough")
@Menu(order = 60, title = "Outbox")
@RolesAllowed(Roles.ADMIN)
class OutboxView extends Main {

    private static final int SHOWN = 200;

    OutboxView(OutboxService outboxService, DemoMailbox demoMailbox) {
        addClassNames("page", "outbox");
        add(new H1("Outbox"), new Paragraph("Messages are sent in the background when a mail server is configured "
                + "(SPRING_MAIL_HOST); until then they wait here. Their text stays with their recipients: the links in them "
                + "are the recipients' keys."));
        if (demoMailbox.isOpen()) {
            Paragraph demo = new Paragraph("In the demo, everyone reads the messages to them in the ");
            demo.add(new RouterLink("demo mailbox", DemoMailboxView.class), new Text("."));
            add(demo);
        }
        List<OutboxEntry> entries = outboxService.newest(SHOWN);
        if (entries.isEmpty()) {
            add(new Paragraph("No messages yet."));
        }
        for (OutboxEntry entry : entries) {
            add(message(entry, ZoneOffset.UTC));
        }
    }

    private static Div message(OutboxEntry entry, ZoneId zone) {
        Span state = new Span(entry.state());
        state.addClassNames("outbox-state", "outbox-" + entry.state().split(" ")[0].replace(":", ""));
        Div heading = new Div(new Span(entry.subject()), state);
        heading.addClassName("outbox-heading");
        Paragraph meta = new Paragraph("To " + entry.recipientEmail() + " · " + entry.kind().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " · written " + DateFormats.current().moment(entry.createdAt().atZone(zone)) + " UTC"
                + (entry.notBefore().isAfter(entry.createdAt().plus(Duration.ofMinutes(1)))
                        ? " · due " + DateFormats.current().moment(entry.notBefore().atZone(zone)) + " UTC" : ""));
        Div message = new Div(heading, meta);
        message.addClassName("outbox-message");
        return message;
    }
}
