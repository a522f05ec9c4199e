package app.goodenough.booking.ui;

import app.goodenough.feeds.CalendarFiles;
import app.goodenough.freetimes.ui.Times;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 5: what was booked, from when to when in the reader's zone, with whom, where and for what
 * price, to which address the confirmation went, the link to move or cancel it and the calendar
 * file. It says back only what the reader typed: never a name or address stored for the address
 * typed, so the page tells nobody whether it belongs to an account.
 */
class ConfirmationPanel extends Div {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");

    /**
     * The booker's copy of the session's manage link (see {@code ManageLinks.bookersTokenFor}).
     *
     * @param path the link within the application, for the page
     * @param url the whole address of each session's link, for the calendar file
     */
    record ManageLink(String path, Function<Confirmation, String> url) {
    }

    /** @param booked the session booked, or the sessions of a series, the first's link given */
    ConfirmationPanel(List<Confirmation> booked, String typedEmail, ManageLink manageLink, boolean demo, Clock clock) {
        addClassName("confirmation");
        Confirmation confirmation = booked.getFirst();
        SessionType type = confirmation.sessionType();
        ZoneId zone = confirmation.booking().clientTimeZone();
        DescriptionList facts = new DescriptionList();
        fact(facts, "What", new Text(type.name() + ", " + type.durationMinutes() + " minutes"));
        fact(facts, "When", new Text(Times.period(confirmation.booking().start(), confirmation.booking().end(), zone)));
        fact(facts, "With", new Text(confirmation.coach().displayName()));
        if (!type.place().isBlank()) {
            fact(facts, "Where", place(type.place()));
        }
        if (!type.priceAndPayment().isEmpty()) {
            fact(facts, "Price", new Text(type.priceAndPayment()));
        }
        if (booked.size() > 1) {
            UnorderedList series = new UnorderedList(booked.stream().skip(1).map(other -> new ListItem(Times.moment(other.booking().start(),
                    zone))).toArray(ListItem[]::new));
            series.addClassName("series-dates");
            fact(facts, "Then", series);
        }
        confirmation.focus().ifPresent(principle -> fact(facts, "Focus", new Text(principle.number() + ". " + principle.title())));
        fact(facts, "Booked for", new Text(confirmation.booking().typedName() + " <" + typedEmail + ">"));
        Paragraph sent = new Paragraph("We emailed the confirmation to " + typedEmail + ". It carries the same link to move or cancel.");
        sent.addClassName("sent-to");
        Anchor manage = new Anchor(manageLink.path(), "Move or cancel");
        manage.addClassName("manage-link");
        Anchor calendar = new Anchor(calendarFile(booked, manageLink.url(), clock), AttachmentType.DOWNLOAD, "Add to your calendar (.ics)");
        calendar.addClassName("calendar-file");
        Div links = new Div(manage, calendar);
        links.addClassName("confirmation-links");
        Paragraph questions = new Paragraph("Questions? Write to " + confirmation.coach().displayName() + " at ");
        questions.add(new Anchor("mailto:" + confirmation.coach().email(), confirmation.coach().email(), AnchorTarget.DEFAULT), new Text("."));
        add(new H2("You're booked"), sent, facts, links, questions);
        if (demo) {
            Paragraph mailbox = new Paragraph("This is the demo, without a mail server: ");
            mailbox.add(new Anchor("/demo/mail", "read the message in the demo mailbox"), new Text("."));
            mailbox.addClassName("demo-notice");
            add(mailbox);
        }
    }

    private static void fact(DescriptionList facts, String term, Component value) {
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    /** The place as the coach wrote it, with a web address in it (a video link) made a link. */
    private static Component place(String place) {
        Span shown = new Span();
        Matcher address = WEB_ADDRESS.matcher(place);
        if (address.find()) {
            shown.add(new Text(place.substring(0, address.start())), new Anchor(address.group(), address.group()),
                    new Text(place.substring(address.end())));
        } else {
            shown.add(new Text(place));
        }
        return shown;
    }

    private static DownloadHandler calendarFile(List<Confirmation> booked, Function<Confirmation, String> manageUrl, Clock clock) {
        return event -> {
            byte[] ics = booked.size() == 1 ? CalendarFiles.ics(booked.getFirst(), manageUrl.apply(booked.getFirst()), clock.instant())
                    : CalendarFiles.ics(booked, manageUrl, clock.instant());
            event.setFileName(CalendarFiles.fileName(booked.getFirst()));
            event.setContentType(CalendarFiles.MEDIA_TYPE);
            event.setContentLength(ics.length);
            event.getOutputStream().write(ics);
        };
    }
}
