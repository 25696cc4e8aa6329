package nl.samenduurzaam.portal.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import java.io.Serializable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The direction of DESIGN.md §7, checked on the compiled classes of all three modules (this module's test classpath
 * holds them): web -> workflow -> domain, never back; the domain without engine or Faces; the workflow without Faces;
 * no cycles between features; the lifecycle's steps moved only by the process.
 */
@AnalyzeClasses(packages = "nl.samenduurzaam", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> RECORDS =
            DescribedPredicate.describe("are records", JavaClass::isRecord);


    private static final String DOMAIN = "nl.samenduurzaam.portal..";
    private static final String WEB = "nl.samenduurzaam.portal.web..";
    private static final String WORKFLOW = "nl.samenduurzaam.workflow..";
    private static final String[] FACES = {"jakarta.faces..", "org.primefaces..", "org.omnifaces.."};

    @ArchTest
    static final ArchRule domainKnowsNeitherWorkflowNorWeb = noClasses()
            .that().resideInAPackage(DOMAIN).and().resideOutsideOfPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage(WORKFLOW, WEB)
            .because("the workflow observes the domain's events, never the other way round (DESIGN.md §7)");

    @ArchTest
    static final ArchRule domainHasNoEngineClasses = noClasses()
            .that().resideInAPackage(DOMAIN).and().resideOutsideOfPackage(WEB)
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("the domain never imports the engine");

    @ArchTest
    static final ArchRule workflowKnowsNoWeb = noClasses()
            .that().resideInAPackage(WORKFLOW)
            .should().dependOnClassesThat().resideInAPackage(WEB);

    @ArchTest
    static final ArchRule onlyTheWebUsesFaces = noClasses()
            .that().resideInAnyPackage(DOMAIN, WORKFLOW).and().resideOutsideOfPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage(FACES)
            .because("the EJB modules serve any client; pages are the web module's business");

    @ArchTest
    static final ArchRule theWebUsesNeitherEntityManagerNorEngineInternals = noClasses()
            .that().resideInAPackage(WEB)
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
            .because("the web module talks to the boundaries only");

    @ArchTest
    static final ArchRule onlyTheProcessMovesTheLifecycle = classes()
            .that().haveFullyQualifiedName("nl.samenduurzaam.portal.idea.boundary.LifecycleSteps")
            .should().onlyHaveDependentClassesThat().haveNameMatching(
                    "nl\\.samenduurzaam\\.(workflow\\.idea\\.IdeaSteps|portal\\.idea\\.boundary\\.LifecycleSteps)(\\$.*)?")
            .because("an idea's status and owner change only in a step of the BPMN process");

    /** Views keep what the boundaries answer in the view state, which lives in the (replicated) HTTP session. */
    @ArchTest
    static final ArchRule whatBoundariesAnswerIsSerializable = classes()
            .that().resideInAPackage("..boundary..").and(RECORDS)
            .should().beAssignableTo(Serializable.class)
            .because("a view holds it in the HTTP session, which a second server takes over (spotbugs-exclude.xml"
                    + " relies on this rule)");

    /** Security is enforced in the EJB layer: no boundary method is open by forgetting to say who may call it. */
    @ArchTest
    static final ArchRule everyBoundaryMethodSaysWhoMayCallIt = methods()
            .that().arePublic().and().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
            .and().areDeclaredInClassesThat().resideInAPackage("..boundary..")
            .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(RolesAllowed.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(PermitAll.class);

    @ArchTest
    static final ArchRule domainFeaturesHaveNoCycles = slices().matching("nl.samenduurzaam.portal.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule workflowFeaturesHaveNoCycles = slices().matching("nl.samenduurzaam.workflow.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule webFeaturesHaveNoCycles = slices().matching("nl.samenduurzaam.portal.web.(*)..")
            .should().beFreeOfCycles();
}
