package io.factdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;

/**
 * The rules on packages: features with no cycles between them (a read model that joins two
 * features, such as claimviews, sits above both), and {@code support} and {@code db} below every
 * feature.
 */
@AnalyzeClasses(packages = "io.factdesk",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoSpringAotClasses.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.factdesk.(*)..")
            // The generated jOOQ schema names feature types through its converters (forced types), so
            // it is left out; only the repositories use it.
            .that(DescribedPredicate.describe("are not the generated jOOQ schema",
                    (Slice slice) -> !"jooq".equals(slice.getNamePart(1))))
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule supportKnowsNoFeature = classes().that().resideInAPackage("io.factdesk.support..")
            .should().onlyDependOnClassesThat(outsideFactdeskOrIn("io.factdesk.support.."));

    @ArchTest
    static final ArchRule dbKnowsNoFeature = classes().that().resideInAPackage("io.factdesk.db..")
            .should().onlyDependOnClassesThat(
                    outsideFactdeskOrIn("io.factdesk.db..", "io.factdesk.support..", "io.factdesk.jooq.."));

    private static DescribedPredicate<JavaClass> outsideFactdeskOrIn(String... packages) {
        return JavaClass.Predicates.resideOutsideOfPackage("io.factdesk..")
                .or(JavaClass.Predicates.resideInAnyPackage(packages));
    }

    /**
     * Spring AOT's generated bean definitions ({@code Foo__BeanDefinitions}) only mirror their bean's
     * constructor, and after a {@code package} a stale one can outlive the class it was made from.
     */
    static final class NoSpringAotClasses implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("__");
        }
    }
}
