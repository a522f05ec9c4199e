package app.goodenough.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessageTemplatesTest {

    private final MessageTemplates templates = new MessageTemplates();

    static Stream<String> everyMessage() {
        return Stream.of("booked-client", "confirm-ownership-client", "reminder-client", "moved-client", "cancelled-client",
                "booked-coach", "awaiting-owner-coach", "reminder-coach", "moved-coach", "cancelled-coach", "password-link");
    }

    @Test
    void aConfirmationReadsAsALetterInBothParts() {
        MessageTemplates.Rendered letter = templates.render("booked-client", values(Map.of("focus", "Progress over perfection",
                "passwordUrl", "https://practice.example/password/set/first-key", "place", "Lindenstraße 12, Berlin",
                "price", "90 €. By bank transfer")));

        assertThat(letter.text()).isEqualTo("""
                Hello Sam Client,

                your Coaching session with Coach Carla is booked:
                Tuesday, 3 March 2026 at 18:00 (Europe/Berlin)
                50 minutes with Coach Carla
                Focus: Progress over perfection
                Where: Lindenstraße 12, Berlin
                Price: 90 €. By bank transfer

                To see all your sessions in one place, choose a password (the link works for 14 days):
                https://practice.example/password/set/first-key

                Move or cancel it, until Mon, 2 Mar 2026, 18:00 (no password needed):
                https://practice.example/manage/the-key

                Questions? Write to Coach Carla at coach@example.com.

                Good Enough
                """);
        assertThat(letter.html()).startsWith("<!DOCTYPE html>").contains("<title>Your session is booked</title>", "<p>Hello Sam Client,</p>",
                "<strong>Tuesday, 3 March 2026 at 18:00</strong> (Europe/Berlin)",
                "<br>Where: Lindenstraße 12, Berlin<br>Price: 90 €. By bank transfer", "<a href=\"https://practice.example/manage/the-key\"",
                "Move or cancel it, until Mon, 2 Mar 2026, 18:00 (no password needed)</a>", "href=\"mailto:coach@example.com\"");
    }

    @ParameterizedTest
    @MethodSource("everyMessage")
    void everyMessageRendersBothPartsAndEscapesWhatPeopleTyped(String message) {
        MessageTemplates.Rendered letter = templates.render(message, values(Map.of("reason", "<b>ill</b> & \"sorry\"",
                "before", "Monday, 2 March 2026 at 17:00")));

        assertThat(letter.text()).isNotBlank().doesNotContain("${", "[(", "[#", "<p>");
        assertThat(letter.html()).contains("<html", "</html>").doesNotContain("<script>", "<b>ill</b>", " th:", "${");
        if (message.startsWith("cancelled")) {
            assertThat(letter.text()).contains("Reason given: <b>ill</b> & \"sorry\"");
            assertThat(letter.html()).contains("Reason given: &lt;b&gt;ill&lt;/b&gt; &amp; &quot;sorry&quot;");
        }
    }

    @Test
    void aCancelledSessionsLetterLeadsToItsPageWithoutOfferingAMove() {
        Map<String, Object> cancelled = values(Map.of("cancelled", true));

        assertThat(templates.render("cancelled-client", cancelled).text()).contains("Your session's page:\nhttps://practice.example/manage/the-key")
                .doesNotContain("Move or cancel");
        assertThat(templates.render("confirm-ownership-client", values(Map.of("awaitsClient", true))).text())
                .contains("Confirm it, or cancel it, until");
    }

    /** A letter's values as the outbox fills them, with a name a hostile reader typed. */
    private static Map<String, Object> values(Map<String, Object> more) {
        Map<String, Object> values = new HashMap<>(Map.ofEntries(
                Map.entry("subject", "Your session is booked"), Map.entry("name", "Sam Client"),
                Map.entry("what", "Coaching session with Coach Carla"), Map.entry("when", "Tuesday, 3 March 2026 at 18:00"),
                Map.entry("zone", "Europe/Berlin"), Map.entry("minutes", 50L), Map.entry("coachName", "Coach Carla"),
                Map.entry("coachEmail", "coach@example.com"), Map.entry("cancelled", false), Map.entry("awaitsClient", false),
                Map.entry("manageUrl", "https://practice.example/manage/the-key"), Map.entry("manageUntil", "Mon, 2 Mar 2026, 18:00"),
                Map.entry("typedName", "<script>alert(1)</script>"), Map.entry("clientName", "Sam Client"),
                Map.entry("sessionType", "Coaching session"), Map.entry("clientEmail", "sam@example.org"),
                Map.entry("calendarUrl", "https://practice.example/coach/calendar?view=day&date=2026-03-03"), Map.entry("first", true),
                Map.entry("passwordUrl", "https://practice.example/password/set/key")));
        values.putAll(more);
        if (!more.containsKey("passwordUrl")) {
            values.remove("passwordUrl");
        }
        return values;
    }
}
