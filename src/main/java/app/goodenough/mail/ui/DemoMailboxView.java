package app.goodenough.mail.ui;

import app.goodenough.mail.DemoLetter;
import app.goodenough.mail.DemoMailbox;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.ui.AddressesOpenedHere;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's stand-in for email: the messages to the signed-in person and to the addresses this
 * browser opened accounts for by booking, with their links. It exists only in the demo; in a
 * real practice the address is not there at all.
 */
@Route("demo/mail")
@PageTitle("Demo mailbox · Good Enough")
@AnonymousAllowed
class DemoMailboxView extends Main implements BeforeEnterObserver {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final DemoMailbox mailbox;

    DemoMailboxView(DemoMailbox mailbox) {
        this.mailbox = mailbox;
        addClassNames("page", "outbox", "demo-mailbox");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mailbox.isOpen()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Paragraph only = new Paragraph("Only in the demo, where no mail server is set up: in a real practice these messages go out by "
                + "email, and this page does not exist. You see the messages to you when you are signed in, and those to the "
                + "new addresses you booked with in this browser. Messages to an address that had an account before are for "
                + "its owner only: sign in as them to read theirs.");
        only.addClassName("demo-notice");
        add(new H1("Demo mailbox"), only);
        List<DemoLetter> letters = mailbox.letters(AddressesOpenedHere.all());
        if (letters.isEmpty()) {
            add(new Paragraph("No messages for you yet. Book a session with a new address, or sign in with a demo account."));
        }
        letters.forEach(letter -> add(letter(letter)));
    }

    private static Div letter(DemoLetter letter) {
        Div heading = new Div(new Span(letter.subject()));
        heading.addClassName("outbox-heading");
        Paragraph meta = new Paragraph("To " + letter.recipientEmail() + " · written "
                + DateFormats.current().moment(letter.writtenAt().atZone(ZoneOffset.UTC)) + " UTC");
        Div links = new Div();
        links.addClassName("outbox-links");
        Matcher found = LINK.matcher(letter.textBody());
        while (found.find()) {
            links.add(new Anchor(found.group(), found.group()));
        }
        Div text = new Div();
        text.setText(letter.textBody());
        text.addClassName("outbox-text");
        Div message = new Div(heading, meta, links, new NativeDetails("Message", text));
        message.addClassName("outbox-message");
        return message;
    }
}
