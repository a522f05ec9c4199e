package app.goodenough.booking.ui;

import app.goodenough.schedule.CalendarFiles;
import app.goodenough.schedule.Confirmation;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Step 5: what was booked, when in the reader's zone, with whom, the calendar file, and how to
 * change it. It says back only what the reader typed: never a name or address stored for the
 * address typed, so the page tells nobody whether it belongs to an account.
 */
class ConfirmationPanel extends Div {

    ConfirmationPanel(Confirmation confirmation, String typedEmail, boolean demo, Clock clock) {
        addClassName("confirmation");
        ZoneId zone = confirmation.booking().clientTimeZone();
        DescriptionList facts = new DescriptionList();
        facts.add(new DescriptionList.Term("What"), new DescriptionList.Description(
                confirmation.sessionType().name() + ", " + confirmation.sessionType().durationMinutes() + " minutes"));
        facts.add(new DescriptionList.Term("When"), new DescriptionList.Description(Times.moment(confirmation.booking().start(), zone)));
        facts.add(new DescriptionList.Term("With"), new DescriptionList.Description(confirmation.coach().displayName()));
        confirmation.focus().ifPresent(principle -> facts.add(new DescriptionList.Term("Focus"),
                new DescriptionList.Description(principle.number() + ". " + principle.title())));
        facts.add(new DescriptionList.Term("Booked for"), new DescriptionList.Description(
                confirmation.booking().typedName() + " <" + typedEmail + ">"));
        Anchor calendar = new Anchor(calendarFile(confirmation, clock), AttachmentType.DOWNLOAD, "Add to your calendar (.ics)");
        calendar.addClassName("calendar-file");
        Anchor write = new Anchor("mailto:" + confirmation.coach().email(), confirmation.coach().email(), AnchorTarget.DEFAULT);
        Paragraph sent = new Paragraph("The details are on their way to " + typedEmail + "; the link in that message lets you "
                + "move or cancel the session.");
        Paragraph change = new Paragraph("Questions? Write to " + confirmation.coach().displayName() + " at ");
        change.add(write, new Text("."));
        add(new H2("You're booked"), facts, calendar, sent, change);
        if (demo) {
            Paragraph mailbox = new Paragraph("This is the demo, without a mail server: ");
            mailbox.add(new Anchor("/demo/mail", "read the message in the demo mailbox"), new Text("."));
            mailbox.addClassName("demo-notice");
            add(mailbox);
        }
    }

    private static DownloadHandler calendarFile(Confirmation confirmation, Clock clock) {
        return event -> {
            byte[] ics = CalendarFiles.ics(confirmation, clock.instant());
            event.setFileName(CalendarFiles.fileName(confirmation));
            event.setContentType(CalendarFiles.MEDIA_TYPE);
            event.setContentLength(ics.length);
            event.getOutputStream().write(ics);
        };
    }
}
