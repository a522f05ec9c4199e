package app.goodenough.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.Application;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The boundaries that keep the code base one feature per package, and every page behind an access rule.
 *
 * <p>Why: {@code src/docs/decisions/001-one-feature-per-package.md}.
 */
class ArchitectureTest {

    private static final String BASE = "app.goodenough";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(new WrittenClasses())
            .importPackages(BASE);
    private static final int MAX_CLASS_LINES = 200;
    private static final int MAX_FEATURE_LINES = 1_200;
    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS_ANNOTATIONS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void theWholeApplicationIsImported() {
        assertThat(CLASSES.contain(Application.class)).isTrue();
        assertThat(CLASSES.stream().filter(c -> c.isAnnotatedWith(Route.class)).count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles()
                .ignoreDependency(JavaClass.Predicates.resideInAPackage(BASE + ".jooq.."), DescribedPredicate.alwaysTrue())
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(BASE + ".jooq.."))
                .check(CLASSES);
    }

    @Test
    void everyPackageSaysItsTypesAreNotNullUnlessMarked() {
        Set<String> packages = CLASSES.stream().map(JavaClass::getPackageName).filter(name -> !name.startsWith(BASE + ".jooq"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages).hasSizeGreaterThan(40).allSatisfy(name -> assertThat(nullMarked(name)).as(name + " is @NullMarked").isTrue());
    }

    @Test
    void featuresStaySmallEnoughToReadAndClassesShort() throws IOException {
        Path source = Path.of("src/main/java/app/goodenough");
        Map<String, Long> linesByFeature = new TreeMap<>();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(file).size();
                assertThat(lines).as(file + " has more than " + MAX_CLASS_LINES + " lines").isLessThanOrEqualTo(MAX_CLASS_LINES);
                Path relative = source.relativize(file);
                if (relative.getNameCount() > 1) {
                    linesByFeature.merge(relative.getName(0).toString(), lines, Long::sum);
                }
            }
        }
        assertThat(linesByFeature).hasSizeGreaterThan(15)
                .allSatisfy((feature, lines) -> assertThat(lines).as(feature + "'s lines").isLessThan(MAX_FEATURE_LINES));
    }

    private static boolean nullMarked(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException none) {
            return false;
        }
    }

    @Test
    void viewsUseServicesNeverRepositoriesOrSql() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("..internal..", BASE + ".jooq..", "org.jooq..")
                .check(CLASSES);
    }

    @Test
    void generatedJooqClassesStayInsideRepositories() {
        noClasses().that().resideOutsideOfPackages("..internal..", BASE + ".jooq..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".jooq..")
                .check(CLASSES);
    }

    @Test
    void aFeaturesInternalsAreUsedOnlyByThatFeature() {
        classes().that().resideInAPackage("..internal..")
                .should(new ArchCondition<>("be used only from their own feature package") {
                    @Override
                    public void check(JavaClass internal, ConditionEvents events) {
                        String feature = featureOf(internal);
                        for (Dependency dependency : internal.getDirectDependenciesToSelf()) {
                            JavaClass user = dependency.getOriginClass();
                            if (!user.getPackageName().startsWith(feature)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(CLASSES);
    }

    @Test
    void everyPageDeclaresExactlyOneAccessRule() {
        classes().that().areAnnotatedWith(Route.class)
                .or().areAnnotatedWith(Layout.class)
                .or().implement(HasErrorParameter.class)
                .and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should(new ArchCondition<>("carry exactly one of @AnonymousAllowed, @PermitAll, @RolesAllowed, @DenyAll") {
                    @Override
                    public void check(JavaClass page, ConditionEvents events) {
                        long rules = ACCESS_ANNOTATIONS.stream().filter(page::isAnnotatedWith).count();
                        if (rules != 1) {
                            events.add(SimpleConditionEvent.violated(page, page.getName() + " has " + rules + " access annotations"));
                        }
                    }
                })
                .check(CLASSES);
    }

    private static String featureOf(JavaClass internal) {
        String relative = internal.getPackageName().substring(BASE.length() + 1);
        return BASE + "." + Stream.of(relative.split("\\.")).findFirst().orElseThrow();
    }
}
