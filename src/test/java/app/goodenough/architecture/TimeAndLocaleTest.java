package app.goodenough.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Today, the time zone and the locale are inputs: no code in the product reads the machine's
 * date, zone or language. Time comes from the one {@link Clock} bean (which tests set), zones from
 * the coach's and the reader's settings, and the way dates are written from the person's browser.
 */
class TimeAndLocaleTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(new WrittenClasses())
            .importPackages("app.goodenough");

    /** The one place the machine's clock is read: the application's {@code Clock} bean. */
    private static final String THE_CLOCK_BEAN = "app.goodenough.shared.TimeConfiguration";

    static final ArchRule NO_MACHINE_TIME = noClasses().that().doNotHaveFullyQualifiedName(THE_CLOCK_BEAN)
            .should().callCodeUnitWhere(readsTheMachine("clock", TimeAndLocaleTest::readsMachineTime))
            .because("\"now\" comes from the Clock bean, which tests set; the machine's date and zone are never an input");

    static final ArchRule NO_MACHINE_LOCALE = noClasses()
            .should().callCodeUnitWhere(readsTheMachine("locale", TimeAndLocaleTest::readsMachineLocale))
            .because("text is lower-cased, formatted and dated the same way on every machine (a Turkish one lower-cases 'I' to 'ı')");

    @Test
    void nothingReadsTheMachinesClockOrZone() {
        NO_MACHINE_TIME.check(PRODUCT);
    }

    @Test
    void nothingDependsOnTheMachinesLocale() {
        NO_MACHINE_LOCALE.check(PRODUCT);
    }

    @Test
    void theRulesCatchEachWayOfReadingTheMachine() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsTheMachine.class);

        assertThatThrownBy(() -> NO_MACHINE_TIME.check(offender)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated (6 times)")
                .hasMessageContaining("Instant.now()").hasMessageContaining("LocalDate.now(java.time.ZoneId)")
                .hasMessageContaining("System.currentTimeMillis()").hasMessageContaining("ZoneId.systemDefault()")
                .hasMessageContaining("Clock.systemDefaultZone()").hasMessageContaining("Date.<init>()");
        assertThatThrownBy(() -> NO_MACHINE_LOCALE.check(offender)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated (5 times)")
                .hasMessageContaining("String.toLowerCase()").hasMessageContaining("String.format(")
                .hasMessageContaining("String.formatted(").hasMessageContaining("DateTimeFormatter.ofPattern(java.lang.String)")
                .hasMessageContaining("Locale.getDefault()");
        assertThat(PRODUCT.contain(THE_CLOCK_BEAN)).isTrue();
    }

    private static boolean readsMachineTime(String owner, String name, List<JavaClass> parameters) {
        return owner.startsWith("java.time.") && name.equals("now")
                && (parameters.isEmpty() || parameters.getFirst().isEquivalentTo(ZoneId.class))
                || owner.equals("java.lang.System") && name.equals("currentTimeMillis")
                || owner.equals("java.time.Clock") && (name.equals("systemUTC") || name.equals("systemDefaultZone"))
                || owner.equals("java.time.ZoneId") && name.equals("systemDefault")
                || owner.equals("java.util.TimeZone") && name.equals("getDefault")
                || owner.equals("java.util.Calendar") && name.equals("getInstance")
                || owner.equals("java.util.Date") && name.equals("<init>") && parameters.isEmpty();
    }

    private static boolean readsMachineLocale(String owner, String name, List<JavaClass> parameters) {
        return owner.equals("java.lang.String") && (name.equals("toLowerCase") || name.equals("toUpperCase")) && parameters.isEmpty()
                || owner.equals("java.lang.String") && name.equals("format") && !parameters.getFirst().isEquivalentTo(Locale.class)
                || owner.equals("java.lang.String") && name.equals("formatted")
                || owner.equals("java.time.format.DateTimeFormatter") && name.equals("ofPattern") && parameters.size() == 1
                || owner.equals("java.util.Locale") && name.equals("getDefault");
    }

    private interface Target {
        boolean matches(String owner, String name, List<JavaClass> parameters);
    }

    private static DescribedPredicate<JavaAccess<?>> readsTheMachine(String what, Target target) {
        return DescribedPredicate.describe("reads the machine's " + what, access -> target.matches(
                access.getTargetOwner().getName(), access.getTarget().getName(),
                access.getTarget() instanceof com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget unit
                        ? unit.getRawParameterTypes() : List.of()));
    }

    /** Every way the rules forbid, so that the test above proves each is caught. */
    @SuppressWarnings("unused")
    static class ReadsTheMachine {

        void time() throws DateTimeException {
            Instant.now();
            LocalDate.now(ZoneId.of("UTC"));
            System.currentTimeMillis();
            ZoneId.systemDefault();
            Clock.systemDefaultZone();
            new java.util.Date();
        }

        void locale() {
            "I".toLowerCase();
            String.format("%.1f", 1.5);
            "%s".formatted("x");
            DateTimeFormatter.ofPattern("d MMM");
            Locale.getDefault();
        }

        void allowed(Clock clock) {
            LocalDate.now(clock);
            "I".toLowerCase(Locale.ROOT);
            String.format(Locale.ROOT, "%.1f", 1.5);
        }
    }
}
