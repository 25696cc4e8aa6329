package nl.samenduurzaam.portal.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import nl.samenduurzaam.portal.account.boundary.AccountSummary;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.NewAccount;
import nl.samenduurzaam.portal.account.boundary.PasswordResets;
import nl.samenduurzaam.portal.account.boundary.PersonalDataExport;
import nl.samenduurzaam.portal.assessment.boundary.AssessmentForm;
import nl.samenduurzaam.portal.assessment.boundary.AssessmentOverview;
import nl.samenduurzaam.portal.assessment.boundary.Assessments;
import nl.samenduurzaam.portal.assessment.boundary.CriterionView;
import nl.samenduurzaam.portal.audit.boundary.AuditEntry;
import nl.samenduurzaam.portal.audit.boundary.AuditLog;
import nl.samenduurzaam.portal.audit.entity.AuditOutcome;
import nl.samenduurzaam.portal.common.AccessRefusedException;
import nl.samenduurzaam.portal.common.ConcurrentChangeException;
import nl.samenduurzaam.portal.common.Page;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.elaboration.boundary.ElaborationPlan;
import nl.samenduurzaam.portal.elaboration.boundary.Elaborations;
import nl.samenduurzaam.portal.idea.boundary.DuplicateCandidate;
import nl.samenduurzaam.portal.idea.boundary.IdeaDetail;
import nl.samenduurzaam.portal.idea.boundary.IdeaQuery;
import nl.samenduurzaam.portal.idea.boundary.IdeaSortField;
import nl.samenduurzaam.portal.idea.boundary.IdeaSubmission;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.IdeaUpdate;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.idea.boundary.PublishedIdea;
import nl.samenduurzaam.portal.idea.boundary.PublishedIdeas;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.infrastructure.persistence.DatabaseMigrations;
import nl.samenduurzaam.portal.insight.boundary.InsightCapture;
import nl.samenduurzaam.portal.insight.boundary.InsightConversion;
import nl.samenduurzaam.portal.insight.boundary.InsightView;
import nl.samenduurzaam.portal.insight.boundary.Insights;
import nl.samenduurzaam.portal.it.support.PortalDeployment;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.organisation.boundary.OrganisationSummary;
import nl.samenduurzaam.portal.organisation.boundary.Organisations;
import nl.samenduurzaam.portal.organisation.entity.OrganisationType;
import nl.samenduurzaam.portal.role.boundary.MunicipalRoles;
import nl.samenduurzaam.portal.role.boundary.RoleAssignmentView;
import nl.samenduurzaam.portal.role.boundary.RoleProposalForm;
import nl.samenduurzaam.portal.role.entity.RoleAssignmentStatus;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.portal.session.boundary.SessionDetail;
import nl.samenduurzaam.portal.session.boundary.SessionSummary;
import nl.samenduurzaam.portal.session.boundary.Sessions;
import nl.samenduurzaam.portal.session.entity.SessionStatus;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The domain's boundary services in Payara, on the demo data: validation, organisation scoping, conflicts. */
@ExtendWith(ArquillianExtension.class)
class DomainServicesIT {

    private static final String ONE_MEGABYTE = "x".repeat(1024 * 1024);

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTestClasses(DomainServicesIT.class);
    }

    @Inject
    private Ideas ideas;

    @Inject
    private Themes themes;

    @Inject
    private Sessions sessions;

    @Inject
    private Insights insights;

    @Inject
    private Organisations organisations;

    @Inject
    private Assessments assessments;

    @Inject
    private MunicipalRoles municipalRoles;

    @Inject
    private Elaborations elaborations;

    @Inject
    private AuditLog auditLog;

    @Inject
    private DatabaseMigrations migrations;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private PasswordResets passwordResets;

    @Inject
    private Accounts accounts;

    @Inject
    private PersonalDataExport personalData;

    @Inject
    private PublishedIdeas publishedIdeas;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void badInputIsRefusedWithItsMessageAndStoresNothing() {
        Users.loginAs(Users.PARTNER);
        long theme = themes.all().get(0).id();
        int before = ideas.listForMyOrganisation().size();
        Map<IdeaSubmission, String> cases = Map.of(
                new IdeaSubmission("", "Beschrijving", theme), "{idea.title.required}",
                new IdeaSubmission("x".repeat(201), "Beschrijving", theme), "{idea.title.too-long}",
                new IdeaSubmission("Bel\u0007letje", "Beschrijving", theme), "{text.control-characters}",
                new IdeaSubmission("Titel", ONE_MEGABYTE, theme), "{idea.description.too-long}",
                new IdeaSubmission("Titel", "Nul\u0000byte", theme), "{text.control-characters}");

        cases.forEach((submission, message) -> assertThat(templatesOf(() -> ideas.submit(submission)))
                .as(message).contains(message));

        assertThat(ideas.listForMyOrganisation()).hasSize(before);
    }

    @Test
    void passwordResetRequestsAreRecordedOncePerQuietPeriodAndOnlyForExistingAccounts() {
        Users.loginAs(Users.ADMIN);
        long before = passwordResets.undeliveredCount();
        Users.logout();

        passwordResets.request(Users.FACILITATOR);
        passwordResets.request("  " + Users.FACILITATOR + " ");
        passwordResets.request("iemand-die-er-niet-is@example.org");
        assertThat(templatesOf(() -> {
            passwordResets.request(" ");
            return null;
        })).contains("{password-reset.identifier.required}");

        Users.loginAs(Users.ADMIN);
        assertThat(passwordResets.undeliveredCount()).isEqualTo(before + 1);
    }

    @Test
    void publishedIdeasAreReadableWithoutLoggingInAndNameNoPeople() {
        Users.logout();

        Page<PublishedIdea> page = publishedIdeas.page(0, Page.MAX_SIZE);

        assertThat(page.items()).extracting(PublishedIdea::title)
                .contains("Zonnedaken op alle scholen", "Energiecoach in elke wijk");
        assertThat(page.items()).allSatisfy(idea -> assertThat(idea.publishedAt()).isNotNull());
    }

    @Test
    void theFunctionalAdministratorKeepsAccountsOrganisationsThemesAndTheRoleCatalogue() {
        Users.loginAs(Users.ADMIN);
        String suffix = Long.toString(System.nanoTime(), 36);
        OrganisationSummary added = organisations.add("Buurtvereniging " + suffix, OrganisationType.SOCIETAL_PARTNER);
        assertThat(catchThrowable(() -> organisations.add(" BUURTVERENIGING " + suffix.toUpperCase() + " ",
                OrganisationType.COMPANY))).isInstanceOf(PortalException.class).hasMessage("organisation.name.taken");

        String username = "nieuw." + suffix;
        AccountSummary created = accounts.create(new NewAccount(username, "Nieuwe Partner", "nieuw@example.org",
                added.id(), Set.of(PortalRoles.PARTNER), "Een lang wachtwoord!"));
        assertThat(created.organisationName()).isEqualTo(added.name());
        assertThat(templatesOf(() -> accounts.create(new NewAccount("X", "", "geen-mail", null, Set.of(),
                "kort")))).contains("{account.username.format}", "{account.name.required}",
                "{account.email.format}", "{account.roles.required}", "{account.password.length}");
        assertThat(catchThrowable(() -> accounts.create(new NewAccount("zonder." + suffix, "Zonder Organisatie",
                null, null, Set.of(PortalRoles.PARTNER), "Een lang wachtwoord!"))))
                .hasMessage("account.partner.organisation-required");
        assertThat(catchThrowable(() -> accounts.changeRoles(Users.ADMIN, Set.of(PortalRoles.SCREENER))))
                .hasMessage("account.roles.own-admin");

        String code = "TEST_" + suffix.toUpperCase().replaceAll("[^A-Z]", "X");
        themes.add(code, "Proefopgave", "Trial theme");
        assertThat(catchThrowable(() -> themes.add(code, "Nog eens", "Again"))).hasMessage("theme.code.taken");
        themes.rename(code, "Hernoemde opgave", "Renamed theme");
        assertThat(themes.all()).anySatisfy(theme -> assertThat(theme.nameNl()).isEqualTo("Hernoemde opgave"));

        municipalRoles.changeOffered("LET_GO", false);
        Users.loginAs(Users.ROLE_HOLDER);
        List<String> offered = municipalRoles.catalogue().stream().map(role -> role.code()).toList();
        Users.loginAs(Users.ADMIN);
        municipalRoles.changeOffered("LET_GO", true);
        assertThat(offered).doesNotContain("LET_GO").contains("FUNDER");

        // the new account logs in with its first password and exports what the portal keeps about it
        Users.loginAs(username, "Een lang wachtwoord!");
        String export = new String(personalData.export(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(export).contains("\"username\": \"" + username + "\"", "\"email\": \"nieuw@example.org\"",
                "\"organisation\": \"" + added.name() + "\"", "ownActionsInTheAuditLog");
        assertThatThrownBy(() -> accounts.all()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void lineBreaksAndTabsAreFineInLongTexts() {
        Users.loginAs(Users.PARTNER);

        IdeaSummary idea = ideas.submit(new IdeaSubmission("Regels en tabs",
                "Eerste regel\nTweede regel\r\n\tingesprongen", themes.all().get(0).id()));

        assertThat(idea.description()).contains("\n\tingesprongen");
    }

    @Test
    void partnerCannotReachAnotherOrganisationsIdeaByGuessingAndEveryAttemptIsAudited() {
        Users.loginAs(Users.OTHER_PARTNER);
        IdeaSummary othersIdea = ideas.submit(submission("Van een andere organisatie"));
        Users.loginAs(Users.ADMIN);
        int refusedBefore = refusals(Users.PARTNER);

        Users.loginAs(Users.PARTNER);
        String number = othersIdea.number();
        assertThatThrownBy(() -> ideas.findByNumber(number)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> ideas.detail(number)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> ideas.update(number, new IdeaUpdate("Overgenomen", null, "Van mij", null,
                othersIdea.version()))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> ideas.addCoAuthor(number, Users.PARTNER))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> elaborations.forIdea(number)).isInstanceOf(AccessRefusedException.class);
        assertThat(ideas.search(IdeaQuery.firstPage(100)).items()).extracting(IdeaSummary::number)
                .doesNotContain(number);
        assertThatThrownBy(() -> organisations.all()).isInstanceOf(EJBAccessException.class);

        Users.loginAs(Users.ADMIN);
        assertThat(refusals(Users.PARTNER) - refusedBefore).isEqualTo(5);
        Users.loginAs(Users.OTHER_PARTNER);
        assertThat(ideas.detail(number).summary().title()).isEqualTo(othersIdea.title());
    }

    @Test
    void aCallRefusedForItsRoleIsAuditedUnderTheCaller() {
        Users.loginAs(Users.PARTNER);
        assertThatThrownBy(() -> organisations.all()).isInstanceOf(EJBAccessException.class);

        auditLog.refusedByRole("/organisations.xhtml");

        Users.loginAs(Users.ADMIN);
        assertThat(auditLog.ofActor(Users.PARTNER, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("/organisations.xhtml");
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.REFUSED);
        });
    }

    @Test
    void concurrentEditsOfOneIdeaEndInOneSuccessAndOneClearConflict() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(submission("Twee bewerkers"));
        IdeaDetail readByBoth = ideas.detail(idea.number());

        IdeaDetail first = ideas.update(idea.number(), new IdeaUpdate("Eerste versie", "Probleem",
                "Beschrijving A", null, readByBoth.version()));
        Users.loginAs(Users.SCREENER);
        Throwable second = catchThrowable(() -> ideas.update(idea.number(), new IdeaUpdate("Tweede versie", null,
                "Beschrijving B", null, readByBoth.version())));

        assertThat(second).isInstanceOf(ConcurrentChangeException.class).hasMessage("error.concurrent-change");
        IdeaDetail stored = ideas.detail(idea.number());
        assertThat(stored.summary().title()).isEqualTo("Eerste versie");
        assertThat(stored.problem()).isEqualTo("Probleem");
        assertThat(stored.version()).isEqualTo(first.version());
        assertThat(stored.timeline()).extracting(e -> e.type().name()).containsExactly("SUBMITTED", "EDITED");
    }

    @Test
    void twoSimultaneousEditsOfOneIdeaEndInOneSuccessAndOneConflict() throws Exception {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(submission("Gelijktijdig bewerkt"));
        long version = ideas.detail(idea.number()).version();
        CyclicBarrier together = new CyclicBarrier(2);

        // both edits start at the same moment from threads that carry the partner's identity
        Future<Object> first = executor.submit(() -> edit(idea.number(), "Versie A", version, together));
        Future<Object> second = executor.submit(() -> edit(idea.number(), "Versie B", version, together));
        List<Object> outcomes = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));

        assertThat(outcomes).filteredOn(IdeaDetail.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConcurrentChangeException.class::isInstance).hasSize(1);
        IdeaDetail winner = (IdeaDetail) outcomes.stream().filter(IdeaDetail.class::isInstance).findFirst()
                .orElseThrow();
        IdeaDetail stored = ideas.detail(idea.number());
        assertThat(stored.summary().title()).isEqualTo(winner.summary().title());
        assertThat(stored.timeline()).extracting(e -> e.type().name()).containsExactly("SUBMITTED", "EDITED");
    }

    private Object edit(String number, String title, long version, CyclicBarrier together) throws Exception {
        together.await(30, TimeUnit.SECONDS);
        try {
            return ideas.update(number, new IdeaUpdate(title, null, "Beschrijving " + title, null, version));
        } catch (ConcurrentChangeException conflict) {
            return conflict;
        }
    }

    @Test
    void searchPagesWithoutCountingSortsOnWhitelistedFieldsAndScopesPartners() {
        Users.loginAs(Users.SCREENER);
        Page<IdeaSummary> first = ideas.search(new IdeaQuery(null, null, null, Set.of(), null, 0, 5,
                IdeaSortField.NUMBER, true));
        Page<IdeaSummary> second = ideas.search(new IdeaQuery(null, null, null, Set.of(), null, 1, 5,
                IdeaSortField.NUMBER, true));

        assertThat(first.items()).hasSize(5);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.items()).extracting(IdeaSummary::number).isSorted();
        assertThat(first.items().get(4).number()).isLessThan(second.items().get(0).number());
        Page<IdeaSummary> implementing = ideas.search(new IdeaQuery(null, null, null,
                Set.of(IdeaStatus.IMPLEMENTING), null, 0, 20, IdeaSortField.TITLE, true));
        assertThat(implementing.items()).extracting(IdeaSummary::title).contains("Zonnedaken op alle scholen");
        assertThat(templatesOf(() -> ideas.search(new IdeaQuery(null, null, null, Set.of(), null, 0, 101,
                IdeaSortField.NUMBER, true)))).isNotEmpty();

        Users.loginAs(Users.THIRD_PARTNER);
        Page<IdeaSummary> seenByPartner = ideas.search(IdeaQuery.firstPage(100));
        assertThat(seenByPartner.items()).extracting(IdeaSummary::title)
                .contains("Zonnedaken op alle scholen")          // published
                .doesNotContain("Buurtbatterij Geleen-Zuid");    // another organisation's, not published
    }

    @Test
    void duplicateCandidatesAreOpenIdeasOfTheThemeWithSimilarTitles() {
        Users.loginAs(Users.SCREENER);
        long energy = themes.all().stream().filter(t -> t.code().equals("ENERGY_TRANSITION")).findFirst()
                .orElseThrow().id();

        List<DuplicateCandidate> candidates = ideas.duplicateCandidates(energy, "Zonnepanelen en zonnedaken voor scholen");

        assertThat(candidates).extracting(DuplicateCandidate::title).contains("Zonnedaken op alle scholen");
        assertThat(candidates.get(0).sharedWords()).isGreaterThanOrEqualTo(2);
        assertThat(ideas.duplicateCandidates(energy, "de en of")).isEmpty();
    }

    @Test
    void facilitatorTurnsInsightsIntoAnIdeaThatStartsItsProcess() {
        Users.loginAs(Users.FACILITATOR);
        SessionSummary session = demoSession();
        long theme = session.themes().get(0).id();
        InsightView insight = insights.capture(new InsightCapture(session.id(), theme,
                "Bedrijven willen samen een laadplein voor vrachtwagens " + UUID.randomUUID()));
        assertThat(templatesOf(() -> insights.capture(new InsightCapture(session.id(), theme, ONE_MEGABYTE))))
                .contains("{insight.text.too-long}");
        long partner = organisationId("Logistiek Knooppunt Born (fictief)");

        IdeaSummary idea = insights.convert(new InsightConversion(session.id(), Set.of(insight.id()),
                "Laadplein voor elektrische vrachtwagens", "Samen laden op een bedrijventerrein.", theme, partner));

        assertThat(idea.status()).isEqualTo(IdeaStatus.SUBMITTED);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(IdeaLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(idea.number()).count()).isEqualTo(1);
        assertThat(insights.forSession(session.id())).filteredOn(i -> i.id() == insight.id())
                .extracting(i -> i.status().name()).containsExactly("CONVERTED");
        Users.loginAs(Users.SCREENER);
        IdeaDetail detail = ideas.detail(idea.number());
        assertThat(detail.originSessionTitle()).isEqualTo(session.title());
        assertThat(detail.originInsights()).containsExactly(insight.text());
        assertThat(detail.summary().proposingOrganisation()).isEqualTo("Logistiek Knooppunt Born (fictief)");
    }

    @Test
    void demoDataHasTheFirstSessionWithInsightsAndIdeasInEveryState() {
        Users.loginAs(Users.FACILITATOR);
        SessionSummary session = demoSession();
        SessionDetail detail = sessions.detail(session.id());

        assertThat(detail.days()).extracting(SessionDetail.Day::location)
                .containsExactly("Stadskantoor en Markt, Sittard", "Brightlands Chemelot Campus, Geleen");
        assertThat(session.facilitator()).isEqualTo("Brightlands Innovation Factory");
        assertThat(insights.forSession(session.id())).hasSizeGreaterThanOrEqualTo(40);
        assertThat(sessions.all()).extracting(SessionSummary::status)
                .contains(SessionStatus.CLOSED, SessionStatus.OPEN_FOR_REGISTRATION, SessionStatus.PLANNED);
        Users.loginAs(Users.SCREENER);
        List<IdeaStatus> statuses = ideas.search(new IdeaQuery(null, null, session.id(), Set.of(), null, 0, 100,
                IdeaSortField.NUMBER, true)).items().stream().map(IdeaSummary::status).toList();
        assertThat(statuses).hasSizeGreaterThanOrEqualTo(20).containsAll(List.of(IdeaStatus.values()));
    }

    @Test
    void partnersRegisterForAnOpenSessionAndSeeOnlyTheirOwnOrganisationsRegistrations() {
        Users.loginAs(Users.THIRD_PARTNER);
        SessionSummary open = sessions.all().stream().filter(s -> s.status() == SessionStatus.OPEN_FOR_REGISTRATION)
                .findFirst().orElseThrow();
        SessionDetail registered = sessions.register(open.id());
        assertThat(registered.registeredByMe()).isTrue();

        Users.loginAs(Users.PARTNER);
        sessions.register(open.id());
        SessionDetail seen = sessions.detail(open.id());
        assertThat(seen.registrations()).extracting(SessionDetail.RegistrationView::name)
                .containsExactly("Petra Partner");
        assertThatThrownBy(() -> sessions.register(demoSession().id()))
                .hasMessage("session.registration.closed");

        Users.loginAs(Users.FACILITATOR);
        assertThat(sessions.detail(open.id()).registrations()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void assessmentsGiveAWeightedScoreAndEachScreenerAssessesOnce() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(submission("Te beoordelen idee"));
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
        Map<String, Integer> outOfRange = new HashMap<>(allTwos);
        outOfRange.put("IMPACT", 6);
        assertThat(templatesOf(() -> assessments.submit(idea.number(), new AssessmentForm(outOfRange, null))))
                .contains("{assessment.score.range}");
    }

    @Test
    void municipalRoleIsProposedByARoleHolderAndApprovedByManagementOnly() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(submission("Idee met een rol voor de gemeente"));
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
    void onlyTheOwnersPartnersWriteTheElaboration() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(submission("Idee met een eigenaar"));
        Users.loginAs(Users.PROGRAMME_MANAGER);
        long owner = organisationId("Energiecoöperatie Zonnedak Westelijke Mijnstreek (fictief)");
        ideas.assignOwner(idea.number(), owner);

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
    }

    @Test
    void mergingEndsTheMergedIdeasProcessAndKeepsTheLineage() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary source = ideas.submit(submission("Dubbel idee"));
        IdeaSummary target = ideas.submit(submission("Oorspronkelijk idee"));
        Users.loginAs(Users.SCREENER);

        ideas.merge(source.number(), target.number());

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(source.number()).count())
                .isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(target.number()).count())
                .isEqualTo(1);
        IdeaDetail merged = ideas.detail(source.number());
        assertThat(merged.summary().status()).isEqualTo(IdeaStatus.MERGED);
        assertThat(merged.mergedInto()).isEqualTo(target.number());
        assertThat(ideas.detail(target.number()).mergedFrom()).containsExactly(source.number());
        assertThatThrownBy(() -> ideas.merge(target.number(), source.number())).hasMessage("idea.closed");
    }

    @Test
    void aPublishedIdeaOfAnotherOrganisationShowsNoPeopleInsightsOrTimeline() {
        Users.loginAs(Users.THIRD_PARTNER);
        IdeaSummary published = ideas.search(new IdeaQuery("Zonnedaken op alle scholen", null, null, Set.of(),
                null, 0, 1, IdeaSortField.NUMBER, true)).items().get(0);

        IdeaDetail seen = ideas.detail(published.number());

        assertThat(seen.published()).isTrue();
        assertThat(seen.timeline()).isEmpty();
        assertThat(seen.originInsights()).isEmpty();
        assertThat(seen.coAuthors()).isEmpty();
        Users.loginAs(Users.PARTNER);
        assertThat(ideas.detail(published.number()).timeline()).as("its own organisation sees everything")
                .isNotEmpty();
    }

    @Test
    void migrationsAreAppliedOnceAndNothingIsAppliedOnASecondRun() {
        Users.loginAs(Users.ADMIN);

        assertThat(migrations.migrate()).isZero();
    }

    private int refusals(String actor) {
        return (int) auditLog.ofActor(actor, 500).stream().filter(e -> e.outcome() == AuditOutcome.REFUSED)
                .map(AuditEntry::action).count();
    }

    private SessionSummary demoSession() {
        return sessions.all().stream().filter(s -> s.title().startsWith("Tweedaagse verdiepingssessie"))
                .findFirst().orElseThrow();
    }

    /** Looks an organisation up as the current user (who must be allowed to list organisations). */
    private long organisationId(String name) {
        return organisations.all().stream().filter(o -> o.name().equals(name)).map(OrganisationSummary::id)
                .findFirst().orElseThrow();
    }

    private IdeaSubmission submission(String title) {
        return new IdeaSubmission(title + " " + UUID.randomUUID().toString().substring(0, 8),
                "Een beschrijving van " + title + ".", themes.all().get(0).id());
    }

    private static List<String> templatesOf(Supplier<?> call) {
        Throwable thrown = catchThrowable(call::get);
        Throwable current = thrown;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        assertThat(current).as("a validation error").isInstanceOf(ConstraintViolationException.class);
        return ((ConstraintViolationException) current).getConstraintViolations().stream()
                .map(ConstraintViolation::getMessageTemplate).toList();
    }
}
