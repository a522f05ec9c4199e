package app.goodenough.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.availability.RuleSettings;
import app.goodenough.booking.BookingService;
import app.goodenough.freetimes.ui.Times;
import app.goodenough.intake.IntakeQuestion;
import app.goodenough.intake.IntakeService;
import app.goodenough.practice.Principle;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.sessiontypes.NewSessionType;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.shared.ClientAddress;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.PublicFormThrottle;
import app.goodenough.support.Demo;
import app.goodenough.support.DrawnChoices;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestDatabaseInitializer;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class BookViewTest extends ViewTest {

    static final ZoneId READER = ZoneId.of("America/New_York");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired PublicFormThrottle throttle;
    @Autowired JdbcTemplate jdbc;
    @Autowired BookingService bookingService;
    @Autowired IntakeService intake;

    @Test
    void aReaderBooksAFocusedSessionInTheirOwnZone() {
        openWithFocus("black-and-white-thinking");
        assertThat($(Paragraph.class).withClassName("focus-note").single().getText())
                .isEqualTo("You'd like to work on: Black-and-white thinking.");

        Instant start = chooseFirstFreeTime("Coaching session, 50 minutes");
        String email = "reader-" + UUID.randomUUID() + "@example.org";
        test($(TextField.class).withLabel("Your name").single()).setValue("Robin Reader");
        test($(EmailField.class).withLabel("Email").single()).setValue(email);
        Select<Principle> focus = $(Select.class).withLabel("What would you like to work on?").single();
        assertThat(focus.getValue().slug()).isEqualTo("black-and-white-thinking");
        test($(Button.class).withText("Book this session").single()).click();

        assertThat($(H2.class).withText("You're booked").exists()).isTrue();
        assertThat(descriptions()).contains("Coaching session, 50 minutes", Times.period(start, start.plus(Duration.ofMinutes(50)), READER),
                "Maren Albers", "3. Black-and-white thinking", "Lindenstraße 12, 10969 Berlin (by video on request)",
                "90 €. By bank transfer within 14 days; the invoice comes by email.");
        assertThat($(Paragraph.class).withClassName("sent-to").single().getText()).startsWith("We emailed the confirmation to " + email + ".");
        String manage = $(Anchor.class).withText("Move or cancel").single().getHref();
        assertThat(manage).startsWith("manage/");
        UI.getCurrent().navigate(manage);
        assertThat($(H1.class).single().getText()).isEqualTo("Your Coaching session");
        assertThat(jdbc.queryForObject("""
                select count(*) from booking b join account a on a.id = b.client_id
                where a.email = ? and b.starts_at = ?::timestamptz and b.focus_principle = 'black-and-white-thinking'
                """, Integer.class, email, start.toString())).isOne();
    }

    @Test
    void theConfirmationSaysBackWhatWasTypedAndNothingAboutTheAddresssAccount() {
        for (String address : new String[] {Demo.SAM.toUpperCase(Locale.ROOT), Demo.COACH, "new-" + UUID.randomUUID() + "@example.org"}) {
            UI.getCurrent().navigate("login");
            openWithFocus(null);
            chooseFirstFreeTime("Intro call, 20 minutes");
            test($(TextField.class).withLabel("Your name").single()).setValue("Someone Typing");
            test($(EmailField.class).withLabel("Email").single()).setValue(address);
            test($(Button.class).withText("Book this session").single()).click();

            assertThat($(H2.class).withText("You're booked").exists()).as(address).isTrue();
            assertThat(descriptions()).as(address).contains("Someone Typing <" + address + ">").doesNotContain("Sam Rivera <sam@example.com>");
            assertThat(descriptions()).as(address).contains("By video: https://video.example.com/maren-albers", "Free. Nothing to pay.");
            assertThat($(Anchor.class).withText("Move or cancel").single().getHref()).as("every booker gets the same kind of link")
                    .matches("manage/[A-Za-z0-9_-]{55}");
            assertThat(UI.getCurrent().getElement().getTextRecursively()).as(address).doesNotContain("staff", "Sam Rivera");
        }
    }

    @Test
    void eachStepHasItsOwnAddressWhichOpensItAgainAndWhatTheAddressCannotMeanIsLeftOut() {
        openWithFocus("black-and-white-thinking");
        chooseFirstFreeTime("Coaching session, 50 minutes");
        QueryParameters details = UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters();
        assertThat(details.getParameters()).containsKeys("focus", "type", "day", "time");
        assertThat($(DetailsForm.class).exists()).isTrue();

        String type = details.getSingleParameter("type").orElseThrow();
        String day = details.getSingleParameter("day").orElseThrow();
        UI.getCurrent().navigate(BookView.class, QueryParameters.simple(Map.of("type", type, "day", day)));
        assertThat($(Button.class).withClassName("time").exists()).as("the day's times, as Back shows them").isTrue();
        assertThat($(DetailsForm.class).exists()).isFalse();
        UI.getCurrent().navigate(BookView.class, QueryParameters.simple(Map.of("type", type)));
        assertThat($(Div.class).withClassName("month-grid").exists()).isTrue();
        UI.getCurrent().navigate(BookView.class, QueryParameters.simple(Map.of("type", "not-a-type", "day", day)));
        assertThat($(Button.class).withClassName("session-type").exists()).as("an unknown type starts again").isTrue();
        UI.getCurrent().navigate(BookView.class, QueryParameters.simple(Map.of("type", type, "day", "31-31-31",
                "time", "2026-12-03T08:00:00Z")));
        assertThat($(Div.class).withClassName("month-grid").exists()).as("an unreadable day leaves day and time out").isTrue();
        UI.getCurrent().navigate(BookView.class, QueryParameters.simple(Map.of("type", type, "day", day, "time", "1999-01-01T00:00:00Z")));
        assertThat($(Button.class).withClassName("time").exists()).as("a time that is not free shows the day's times").isTrue();
    }

    @Test
    void daysWithoutFreeTimesCannotBeChosen() {
        openWithFocus(null);
        chooseZoneAndType("Intro call, 20 minutes");

        List<DrawnChoices.Choice> days = DrawnChoices.in(monthGrid());
        assertThat(days).filteredOn(day -> day.className().equals("day-unavailable"))
                .isNotEmpty().allSatisfy(day -> assertThat(day.enabled()).isFalse())
                .allSatisfy(day -> assertThat(day.label()).endsWith(", no free times"));
        assertThat(days).filteredOn(DrawnChoices.Choice::enabled).isNotEmpty()
                .allSatisfy(day -> assertThat(day.className()).isEqualTo("day-free"));
    }

    @Test
    void onTheLastEveningOfAMonthTheReaderStartsInTheNextMonthAtTheFirstFreeTime() {
        TestClock.get().freezeAt(ZonedDateTime.of(2026, 11, 30, 18, 0, 0, 0, BERLIN));
        openWithFocus(null);
        test($(Button.class).withAriaLabel("Coaching session, 50 minutes").single()).click();
        $(ReaderZoneField.class).single().setValue(BERLIN.getId());

        assertThat($(Button.class).withClassName("next-free").single().getText()).isEqualTo("Next free time: Tuesday, 1 December, 09:00");
        assertThat($(H3.class).first().getText()).isEqualTo("December 2026");
        assertThat($(Button.class).withAriaLabel("Previous month").single().isEnabled()).isTrue();
        test($(Button.class).withClassName("next-free").single()).click();
        assertThat($(Button.class).withClassName("time").first().getText()).isEqualTo("09:00");
    }

    @Test
    void changeTakesTheReaderBackToTheMonthTheyWereOn() {
        openWithFocus(null);
        chooseZoneAndType("Coaching session, 50 minutes");
        String opening = $(H3.class).first().getText();
        test($(Button.class).withAriaLabel("Next month").single()).click();
        String later = $(H3.class).first().getText();
        assertThat(later).isNotEqualTo(opening);

        DrawnChoices.choose(monthGrid(), DrawnChoices.in(monthGrid()).stream().filter(DrawnChoices.Choice::enabled).findFirst()
                .orElseThrow().value());
        assertThat($(Button.class).withClassName("time").exists()).isTrue();
        test($(Button.class).withText("Change").single()).click();

        assertThat($(H3.class).first().getText()).isEqualTo(later);
    }

    @Test
    void whenNothingIsFreeWithinTheHorizonThePageSaysSoAndHowToReachTheCoach() {
        TestPractice.Practice full = testPractice.open("Europe/Berlin", "09:00", "17:00", new RuleSettings(Duration.ZERO, Duration.ZERO,
                Duration.ofHours(72), 2, Duration.ofMinutes(30), Duration.ofHours(24), Duration.ofHours(24)),
                new NewSessionType("Walk " + UUID.randomUUID().toString().substring(0, 6), 45, "", "", "#2d8479"));
        try {
            openWithFocus(null);
            chooseZoneAndType(full.session().name() + ", 45 minutes");

            Paragraph nothing = $(Paragraph.class).withClassName("nothing-free").single();
            assertThat(nothing.getElement().getTextRecursively()).isEqualTo("There are no free times in the next 2 days. "
                    + "Please write to Test Coach at " + full.coach().email() + ", who will find a time with you.");
            assertThat($(Anchor.class).withText(full.coach().email()).single().getHref()).isEqualTo("mailto:" + full.coach().email());
            assertThat($(Div.class).withClassName("month-grid").exists()).isFalse();
            assertThat($(Button.class).withClassName("next-free").exists()).isFalse();
        } finally {
            testPractice.closeAll();
        }
    }

    @Test
    void aDayTheMonthDoesNotOfferIsIgnoredWhateverTheBrowserSends() {
        openWithFocus(null);
        chooseZoneAndType("Intro call, 20 minutes");
        String unavailable = DrawnChoices.in(monthGrid()).stream().filter(day -> !day.enabled()).findFirst().orElseThrow().value();

        for (String forged : new String[] {unavailable, "2031-01-01", "not a day", ""}) {
            DrawnChoices.choose(monthGrid(), forged);
        }

        assertThat($(Button.class).withClassName("time").exists()).isFalse();
    }

    @Test
    void badDetailsAreExplainedAtTheirFieldsAndNothingIsBooked() {
        openWithFocus(null);
        chooseFirstFreeTime("Intro call, 20 minutes");
        int before = jdbc.queryForObject("select count(*) from booking", Integer.class);

        test($(TextField.class).withLabel("Your name").single()).setValue("   ");
        test($(EmailField.class).withLabel("Email").single()).setValue("robin@");
        test($(TextField.class).withLabel("Phone (optional)").single()).setValue("<script>alert(1)</script>");
        test($(Button.class).withText("Book this session").single()).click();

        assertThat($(TextField.class).withLabel("Your name").single().getErrorMessage()).isEqualTo("Enter a name.");
        assertThat($(EmailField.class).withLabel("Email").single().getErrorMessage()).isEqualTo("Enter an email address like name@example.com.");
        assertThat($(TextField.class).withLabel("Phone (optional)").single().isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from booking", Integer.class)).isEqualTo(before);
    }

    @Test
    void theSessionTypesIntakeQuestionsAreAskedAfterTheDetailsAndARequiredOneMustBeAnswered() {
        SessionTypeId intro = sessionTypeIdOf("Intro call");
        signIn.during(Demo.COACH, () -> intake.replaceMyQuestions(intro, List.of(
                new IntakeQuestion(0, IntakeQuestion.Kind.CHOICE, "Where did you find the article?", List.of("A friend", "A search"), true))));
        try {
            openWithFocus(null);
            chooseFirstFreeTime("Intro call, 20 minutes");
            test($(TextField.class).withLabel("Your name").single()).setValue("Quinn Asked");
            test($(EmailField.class).withLabel("Email").single()).setValue("quinn-" + UUID.randomUUID() + "@example.org");
            test($(Button.class).withText("Book this session").single()).click();
            @SuppressWarnings("unchecked")
            RadioButtonGroup<String> where = $(RadioButtonGroup.class).withLabel("Where did you find the article?").single();
            assertThat(where.getErrorMessage()).isEqualTo("Please answer this question.");

            test(where).selectItem("A friend");
            test($(Button.class).withText("Book this session").single()).click();

            assertThat(jdbc.queryForList("select a.answer from intake_answer a join booking b on b.id = a.booking_id join account c on c.id = b.client_id "
                    + "where c.display_name = 'Quinn Asked'", String.class)).containsExactly("A friend");
        } finally {
            signIn.during(Demo.COACH, () -> intake.replaceMyQuestions(intro, List.of()));
        }
    }

    @Test
    void aTimeTakenWhileTheReaderTypedOffersTheNearestFreeTimes() {
        openWithFocus(null);
        Instant start = chooseFirstFreeTime("Coaching session, 50 minutes");
        var quicker = bookingService.book(new BookingRequest(sessionTypeIdOf("Coaching session"), start, "Quick Reader",
                "quick-" + UUID.randomUUID() + "@example.org", "", null, "", "Europe/Berlin", UUID.randomUUID()));
        assertThat(quicker.booking().start()).isEqualTo(start);

        test($(TextField.class).withLabel("Your name").single()).setValue("Slow Reader");
        test($(EmailField.class).withLabel("Email").single()).setValue("slow-" + UUID.randomUUID() + "@example.org");
        test($(Button.class).withText("Book this session").single()).click();

        assertThat($(Paragraph.class).withText("That time was just taken — here are the nearest free times:").exists()).isTrue();
        assertThat($(Button.class).withClassName("time").all()).hasSize(3);
    }

    @Test
    void aSignedInClientFindsTheirDetailsFilledIn() {
        signIn.as(Demo.SAM);
        openWithFocus(null);
        chooseFirstFreeTime("Intro call, 20 minutes");

        assertThat($(TextField.class).withLabel("Your name").single().getValue()).isEqualTo("Sam Rivera");
        assertThat($(EmailField.class).withLabel("Email").single().getValue()).isEqualTo(Demo.SAM);
    }

    @Test
    void anUnknownFocusIsIgnoredWithANote() {
        openWithFocus("perfection-<script>");

        assertThat($(Paragraph.class).withClassName("focus-note").single().getText())
                .isEqualTo("We didn't recognise that principle; you can choose one below.");
    }

    private void openWithFocus(String focus) {
        UI.getCurrent().navigate(BookView.class, focus == null ? QueryParameters.empty() : QueryParameters.of("focus", focus));
    }

    private Div monthGrid() {
        return $(Div.class).withClassName("month-grid").single();
    }

    private void chooseZoneAndType(String typeLabel) {
        test($(Button.class).withAriaLabel(typeLabel).single()).click();
        $(ReaderZoneField.class).single().setValue(READER.getId());
    }

    /** Follows "Next free time" and takes the first time of that day; returns the start it stands for. */
    private Instant chooseFirstFreeTime(String typeLabel) {
        chooseZoneAndType(typeLabel);
        Instant first = bookingService.openings(sessionTypeIdOf(typeLabel.substring(0, typeLabel.indexOf(',')))).firstFree().orElseThrow();
        test($(Button.class).withClassName("next-free").single()).click();
        Button time = $(Button.class).withClassName("time").first();
        assertThat(time.getText()).isEqualTo(DateFormats.practice().time(first.atZone(READER)));
        test(time).click();
        return first;
    }

    private SessionTypeId sessionTypeIdOf(String name) {
        return new SessionTypeId(jdbc.queryForObject(
                "select id from session_type where name = ? and active order by created_at limit 1", UUID.class, name));
    }

    private List<String> descriptions() {
        return $(DescriptionList.Description.class).all().stream().map(value -> value.getElement().getTextRecursively()).toList();
    }

    @Test
    void aFloodOfBookingsFromOneAddressIsAskedToWaitAndNothingIsBooked() {
        openWithFocus(null);
        chooseFirstFreeTime("Intro call, 20 minutes");
        String address = ClientAddress.current();
        for (int i = 0; i < TestDatabaseInitializer.PUBLIC_FORM_ALLOWANCE; i++) {
            throttle.bookingTry(address);
        }
        int before = jdbc.queryForObject("select count(*) from booking", Integer.class);
        try {
            test($(TextField.class).withLabel("Your name").single()).setValue("Flood Reader");
            test($(EmailField.class).withLabel("Email").single()).setValue("flood-" + UUID.randomUUID() + "@example.org");
            test($(Button.class).withText("Book this session").single()).click();

            assertThat($(Paragraph.class).withClassName("form-refusal").single().getText())
                    .startsWith("Many sessions were booked from your connection just now").contains("try again in 60 minutes");
            assertThat($(Button.class).withText("Book this session").single().isEnabled()).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from booking", Integer.class)).isEqualTo(before);
        } finally {
            throttle.forgive(address);
        }
    }

}
