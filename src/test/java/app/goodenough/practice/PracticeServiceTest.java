package app.goodenough.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.goodenough.account.NewAccount;
import app.goodenough.identity.Role;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.Demo;
import app.goodenough.support.ServiceTest;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PracticeServiceTest extends ServiceTest {

    @Autowired PracticeService practiceService;
    @Autowired PrincipleService principleService;

    @Test
    void theDemoCoachWorksInBerlinWithSamAlexAndWhoeverBookedSince() {
        signIn.as(Demo.COACH);

        CoachProfile profile = practiceService.myProfile();

        assertThat(profile.displayName()).isEqualTo("Maren Albers");
        assertThat(profile.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(profile.clientCount()).isGreaterThanOrEqualTo(2).isEqualTo(jdbc.queryForObject(
                "select count(*) from coach_client where coach_id = ?", Integer.class, profile.coachId().value()));
    }

    @Test
    void eachCoachSeesTheirOwnPractice() {
        signIn.as(Demo.ADMIN);
        String email = "second-coach-" + UUID.randomUUID() + "@example.org";
        practiceService.openPractice(new NewAccount(email, "Second Coach", Role.COACH, "a long walk home"), "America/New_York");

        signIn.as(email);
        CoachProfile profile = practiceService.myProfile();

        assertThat(profile.email()).isEqualTo(email);
        assertThat(profile.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(profile.clientCount()).isZero();
    }

    @Test
    void openingAnAccountGivesOnlyCoachesAPractice() {
        signIn.as(Demo.ADMIN);
        String client = "client-" + UUID.randomUUID() + "@example.org";
        String coach = "coach-" + UUID.randomUUID() + "@example.org";

        practiceService.openAccount(new NewAccount(client, "Client", Role.CLIENT, "a long walk home"), "Europe/Berlin");
        practiceService.openAccount(new NewAccount(coach, "Coach", Role.COACH, "a long walk home"), "Europe/Lisbon");

        assertThat(jdbc.queryForList(
                "select a.email from coach_profile p join account a on a.id = p.account_id where a.email in (?, ?)",
                String.class, client, coach)).containsExactly(coach);
    }

    @Test
    void anUnknownTimeZoneOpensNoAccountAtAll() {
        signIn.as(Demo.ADMIN);
        String email = "zoneless-" + UUID.randomUUID() + "@example.org";

        assertThatThrownBy(() -> practiceService.openPractice(
                new NewAccount(email, "Zoneless", Role.COACH, "a long walk home"), "Mars/Olympus_Mons"))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .containsExactly(new FieldProblem("timeZone", "Choose a time zone such as Europe/Berlin.")));
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).isZero();
    }

    @Test
    void aPracticeWhoseAccountIsRefusedLeavesNoProfileBehind() {
        signIn.as(Demo.ADMIN);
        int profiles = jdbc.queryForObject("select count(*) from coach_profile", Integer.class);

        assertThatThrownBy(() -> practiceService.openPractice(
                new NewAccount(Demo.COACH, "Duplicate", Role.COACH, "a long walk home"), "Europe/Berlin"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from coach_profile", Integer.class)).isEqualTo(profiles);
    }

    @Test
    void theDatabaseRefusesAnUnknownTimeZone() {
        assertThatThrownBy(() -> jdbc.update(
                "insert into coach_profile (account_id, time_zone) select id, 'Mars/Olympus_Mons' from account where email = ?",
                Demo.SAM))
                .hasMessageContaining("time zone");
    }

    @Test
    void onlyCoachesHaveAPracticeAndOnlyAdminsOpenOne() {
        NewAccount request = new NewAccount("x-" + UUID.randomUUID() + "@example.org", "X", Role.COACH, "a long walk home");
        signIn.as(Demo.SAM);
        assertThatThrownBy(practiceService::myProfile).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practiceService.openPractice(request, "Europe/Berlin")).isInstanceOf(AccessDeniedException.class);
        signIn.as(Demo.ADMIN);
        assertThatThrownBy(practiceService::myProfile).isInstanceOf(AccessDeniedException.class);
        signIn.as(Demo.COACH);
        assertThatThrownBy(() -> practiceService.openPractice(request, "Europe/Berlin")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practiceService.addClient(null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSevenPrinciplesOfTheArticleAreSeededInOrderAndPublic() {
        signIn.out();

        assertThat(principleService.principles())
                .extracting(Principle::number, Principle::slug)
                .containsExactly(
                        tuple(1, "not-all-bad"),
                        tuple(2, "perfection-not-necessary"),
                        tuple(3, "black-and-white-thinking"),
                        tuple(4, "mistakes-as-growth"),
                        tuple(5, "beyond-the-helper"),
                        tuple(6, "not-always-on"),
                        tuple(7, "redefine-success"));
        assertThat(principleService.principles()).allSatisfy(principle -> {
            assertThat(principle.colour()).matches("#[0-9a-f]{6}");
            assertThat(principle.title()).isNotBlank();
            assertThat(principle.summary()).isNotBlank();
        });
    }
}
