package nl.samenduurzaam.portal.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.assessment.boundary.AssessmentForm;
import nl.samenduurzaam.portal.assessment.boundary.AssessmentOverview;
import nl.samenduurzaam.portal.assessment.boundary.Assessments;
import nl.samenduurzaam.portal.assessment.boundary.CriterionView;
import nl.samenduurzaam.portal.common.AccessRefusedException;
import nl.samenduurzaam.portal.common.ConcurrentChangeException;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.elaboration.boundary.ElaborationPlan;
import nl.samenduurzaam.portal.elaboration.boundary.ElaborationView;
import nl.samenduurzaam.portal.elaboration.boundary.Elaborations;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.idea.boundary.TimelineEntry;
import nl.samenduurzaam.portal.idea.entity.IdeaEventType;
import nl.samenduurzaam.portal.it.support.Mailbox;
import nl.samenduurzaam.portal.it.support.ReceivedMail;
import nl.samenduurzaam.portal.it.support.Submissions;
import nl.samenduurzaam.portal.it.support.TaskDriver;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.role.boundary.MunicipalRoles;
import nl.samenduurzaam.portal.role.boundary.RoleAssignmentView;
import nl.samenduurzaam.portal.role.boundary.RoleProposalForm;
import nl.samenduurzaam.portal.role.entity.RoleAssignmentStatus;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.samenduurzaam.portal.it.support.Violations.templatesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The assessment, municipal role and elaboration boundaries in Payara: weighted scores once per screener, the
 * role proposed by a role holder and approved by management only, the elaboration written by the owner's partners.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentsRolesAndElaborationsIT {

    @Inject
    private Ideas ideas;

    @Inject
    private Assessments assessments;

    @Inject
    private MunicipalRoles municipalRoles;

    @Inject
    private Elaborations elaborations;

    @Inject
    private TaskDriver driver;

    @Test
    void assessmentsGiveAWeightedScoreAndEachScreenerAssessesOnce() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Te beoordelen idee"));
        Users.loginAs(Users.SCREENER);
        Map<String, Integer> allFours = new HashMap<>();
        for (CriterionView criterion : assessments.criteria()) {
            allFours.put(criterion.code(), 4);
        }

        assessments.submit(idea.number(), new AssessmentForm(allFours, "Goed idee"));
        assertThatThrownBy(() -> assessments.submit(idea.number(), new AssessmentForm(allFours, null)))
                .hasMessage("assessment.already-assessed");
        Users.loginAs(Users.SECOND_SCREENER);
        Map<String, Integer> allTwos = new HashMap<>(allFours);
        allTwos.replaceAll((code, score) -> 2);
        AssessmentOverview overview = assessments.submit(idea.number(), new AssessmentForm(allTwos, null));

        assertThat(overview.assessments()).hasSize(2);
        assertThat(overview.weightedScore()).isEqualByComparingTo(new BigDecimal("3.00"));
        Users.loginAs(Users.PARTNER);
        IdeaSummary unscored = ideas.submit(Submissions.titled("Nog niet beoordeeld"));
        Users.loginAs(Users.SECOND_SCREENER);
        assertThat(assessments.weightedScores(List.of(idea.number(), unscored.number())))
                .containsOnlyKeys(idea.number()).hasEntrySatisfying(idea.number(),
                        score -> assertThat(score).isEqualByComparingTo(new BigDecimal("3.00")));
        Map<String, Integer> outOfRange = new HashMap<>(allTwos);
        outOfRange.put("IMPACT", 6);
        assertThat(templatesOf(() -> assessments.submit(idea.number(), new AssessmentForm(outOfRange, null))))
                .contains("{assessment.score.range}");
    }

    @Test
    void municipalRoleIsProposedByARoleHolderAndApprovedByManagementOnly() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Idee met een rol voor de gemeente"));
        Users.loginAs(Users.ROLE_HOLDER);
        RoleProposalForm conflicting = new RoleProposalForm("FUNDER", Set.of("REGULATOR"), "Economie",
                "Subsidie van 25.000 euro", "Past bij de opgave", null);
        assertThatThrownBy(() -> municipalRoles.propose(idea.number(), conflicting))
                .hasMessage("role.conflict.justification-required");
        RoleAssignmentView proposed = municipalRoles.propose(idea.number(), new RoleProposalForm("FUNDER",
                Set.of("REGULATOR"), "Economie", "Subsidie van 25.000 euro", "Past bij de opgave",
                "Subsidie en vergunning bij gescheiden teams"));
        assertThat(proposed.conflicts()).hasSize(1);
        assertThatThrownBy(() -> municipalRoles.approve(idea.number(), proposed.version()))
                .isInstanceOf(EJBAccessException.class);

        Users.loginAs(Users.MANAGEMENT);
        assertThatThrownBy(() -> municipalRoles.propose(idea.number(), conflicting))
                .isInstanceOf(EJBAccessException.class);
        RoleAssignmentView approved = municipalRoles.approve(idea.number(), proposed.version());

        assertThat(approved.status()).isEqualTo(RoleAssignmentStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(Users.MANAGEMENT);
        assertThatThrownBy(() -> municipalRoles.sendBack(idea.number(), approved.version(), "Toch niet"))
                .hasMessage("role.not-awaiting-decision");
    }

    @Test
    void theMunicipalitysStepsAreOnTheTimelineAndPartnersReadOnlyWhatItDecided() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Idee op de tijdlijn van de gemeente"));
        Users.loginAs(Users.SCREENER);
        Map<String, Integer> scores = new HashMap<>();
        assessments.criteria().forEach(criterion -> scores.put(criterion.code(), 3));
        assessments.submit(idea.number(), new AssessmentForm(scores, "Intern oordeel"));
        Users.loginAs(Users.ROLE_HOLDER);
        RoleProposalForm form = new RoleProposalForm("CONNECTOR", Set.of(), "Economie", "Brengt partners samen",
                "Past bij de opgave", null);
        RoleAssignmentView first = municipalRoles.propose(idea.number(), form);
        Users.loginAs(Users.MANAGEMENT);
        municipalRoles.sendBack(idea.number(), first.version(), "Scherper formuleren");
        // its proposer reads why, by mail, with the way back to the idea
        ReceivedMail sentBack = Mailbox.awaitOne(Users.ROLE_HOLDER + "@example.org",
                "Rolvoorstel teruggestuurd: " + idea.number());
        assertThat(sentBack.text()).contains("Toelichting:\n\nScherper formuleren");
        assertThat(sentBack.linkPath()).isEqualTo("/ideas/idea.xhtml?number=" + idea.number());
        Users.loginAs(Users.ROLE_HOLDER);
        RoleAssignmentView second = municipalRoles.propose(idea.number(), form);
        Users.loginAs(Users.MANAGEMENT);
        municipalRoles.approve(idea.number(), second.version());

        Users.loginAs(Users.SCREENER);
        assertThat(ideas.detail(idea.number()).timeline())
                .filteredOn(entry -> IdeaEventType.MUNICIPAL_STEPS.contains(entry.type()))
                .extracting(TimelineEntry::type, TimelineEntry::actor)
                .containsExactly(tuple(IdeaEventType.ASSESSED, Users.SCREENER),
                        tuple(IdeaEventType.ROLE_PROPOSED, Users.ROLE_HOLDER),
                        tuple(IdeaEventType.ROLE_SENT_BACK, Users.MANAGEMENT),
                        tuple(IdeaEventType.ROLE_PROPOSED, Users.ROLE_HOLDER),
                        tuple(IdeaEventType.ROLE_APPROVED, Users.MANAGEMENT));
        // the proposer reads that the idea was assessed and the role approved; not the deliberation before it
        Users.loginAs(Users.PARTNER);
        assertThat(ideas.detail(idea.number()).timeline()).extracting(TimelineEntry::type)
                .contains(IdeaEventType.ASSESSED, IdeaEventType.ROLE_APPROVED)
                .doesNotContain(IdeaEventType.ROLE_PROPOSED, IdeaEventType.ROLE_SENT_BACK);
        assertThat(ideas.detail(idea.number()).timeline()).extracting(TimelineEntry::note)
                .doesNotContain("Intern oordeel", "Scherper formuleren");
    }

    @Test
    void onlyTheOwnersPartnersWriteTheElaboration() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Idee met een eigenaar"));
        driver.toOwnershipOf(idea, Users.PARTNER);

        Users.loginAs(Users.OTHER_PARTNER);
        assertThatThrownBy(() -> elaborations.savePlan(idea.number(), new ElaborationPlan("Doel", "Aanpak", null,
                null, null, 0))).isInstanceOf(AccessRefusedException.class);

        Users.loginAs(Users.PARTNER);
        var saved = elaborations.savePlan(idea.number(), new ElaborationPlan("Doel", "Aanpak", "Scholen",
                new BigDecimal("1000.00"), "Vergunning", 0));
        assertThat(saved.goal()).isEqualTo("Doel");
        assertThatThrownBy(() -> elaborations.savePlan(idea.number(), new ElaborationPlan("Ander doel", "Aanpak",
                null, null, null, saved.version() - 1))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(templatesOf(() -> elaborations.savePlan(idea.number(), new ElaborationPlan("Doel", "Aanpak",
                null, new BigDecimal("-5"), null, saved.version())))).contains("{elaboration.budget.range}");

        // milestones are changed and taken out until the plan is handed in, by the owner only
        long first = elaborations.addMilestone(idea.number(), "Eerst", LocalDate.now().plusMonths(1))
                .milestones().get(0).id();
        long second = elaborations.addMilestone(idea.number(), "Daarna", LocalDate.now().plusMonths(2))
                .milestones().get(1).id();
        var changed = elaborations.changeMilestone(idea.number(), first, " Als eerste ", LocalDate.now().plusDays(20));
        assertThat(changed.milestones()).extracting(ElaborationView.MilestoneView::title)
                .containsExactly("Als eerste", "Daarna");
        assertThat(elaborations.removeMilestone(idea.number(), first).milestones())
                .extracting(ElaborationView.MilestoneView::title).containsExactly("Daarna");
        assertThatThrownBy(() -> elaborations.removeMilestone(idea.number(), first))
                .isInstanceOf(NotFoundException.class);
        Users.loginAs(Users.OTHER_PARTNER);
        assertThatThrownBy(() -> elaborations.removeMilestone(idea.number(), second))
                .isInstanceOf(AccessRefusedException.class);
        Users.loginAs(Users.PARTNER);

        // the idea page shows the plan to the owner and the civil servants, to nobody else, and refuses nobody
        assertThat(elaborations.shownOnIdeaPage(idea.number())).hasValueSatisfying(plan ->
                assertThat(plan.askOfMunicipality()).isEqualTo("Vergunning"));
        Users.loginAs(Users.SCREENER);
        assertThat(elaborations.shownOnIdeaPage(idea.number())).hasValueSatisfying(plan ->
                assertThat(plan.budgetNeed()).isEqualByComparingTo("1000"));
        Users.loginAs(Users.FACILITATOR);
        assertThat(elaborations.shownOnIdeaPage(idea.number())).isEmpty();
        Users.loginAs(Users.OTHER_PARTNER);
        assertThat(elaborations.shownOnIdeaPage(idea.number())).isEmpty();
    }
}
