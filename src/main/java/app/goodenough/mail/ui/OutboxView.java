package app.goodenough.mail.ui;

import app.goodenough.account.Roles;
import app.goodenough.base.DateFormats;
import app.goodenough.mail.OutboxEntry;
import app.goodenough.mail.OutboxService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every message the application has written, newest first, with its delivery state and the
 * links it carries, so that without a mail server (as in the demo) each flow can be followed.
 */
@Route("admin/outbox")
@PageTitle("Outbox · Good Enough")
@Menu(order = 60, title = "Outbox")
@RolesAllowed(Roles.ADMIN)
class OutboxView extends Main {

    private static final int SHOWN = 200;
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    OutboxView(OutboxService outboxService) {
        addClassNames("page", "outbox");
        add(new H1("Outbox"), new Paragraph("Messages are sent in the background when a mail server is configured "
                + "(SPRING_MAIL_HOST); until then they wait here."));
        List<OutboxEntry> entries = outboxService.newest(SHOWN);
        if (entries.isEmpty()) {
            add(new Paragraph("No messages yet."));
        }
        ZoneId zone = ZoneOffset.UTC;
        for (OutboxEntry entry : entries) {
            add(message(entry, zone));
        }
    }

    private static Div message(OutboxEntry entry, ZoneId zone) {
        Span state = new Span(entry.state());
        state.addClassNames("outbox-state", "outbox-" + entry.state().split(" ")[0].replace(":", ""));
        Div heading = new Div(new Span(entry.subject()), state);
        heading.addClassName("outbox-heading");
        Paragraph meta = new Paragraph("To " + entry.recipientEmail() + " · " + entry.kind().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " · written " + DateFormats.current().moment(entry.createdAt().atZoneSameInstant(zone)) + " UTC"
                + (entry.notBefore().isAfter(entry.createdAt().plusMinutes(1))
                        ? " · due " + DateFormats.current().moment(entry.notBefore().atZoneSameInstant(zone)) + " UTC" : ""));
        Div links = new Div();
        links.addClassName("outbox-links");
        Matcher found = LINK.matcher(entry.textBody());
        while (found.find()) {
            links.add(new Anchor(found.group(), found.group()));
        }
        Div text = new Div();
        text.setText(entry.textBody());
        text.addClassName("outbox-text");
        Div message = new Div(heading, meta, links, new NativeDetails("Message", text));
        message.addClassName("outbox-message");
        return message;
    }
}
