package app.goodenough.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.goodenough.account.NewAccount;
import app.goodenough.account.Role;
import app.goodenough.base.FieldProblem;
import app.goodenough.base.InvalidInputException;
import app.goodenough.support.Demo;
import app.goodenough.support.IntegrationTest;
import app.goodenough.support.SignIn;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class PracticeServiceTest {

    @Autowired PracticeService practiceService;
    @Autowired PrincipleService principleService;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theDemoCoachWorksInBerlinWithTwoClients() {
        signIn.as(Demo.COACH);

        CoachProfile profile = practiceService.myProfile();

        assertThat(profile.displayName()).isEqualTo("Maren Albers");
        assertThat(profile.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(profile.clientCount()).isEqualTo(2);
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
