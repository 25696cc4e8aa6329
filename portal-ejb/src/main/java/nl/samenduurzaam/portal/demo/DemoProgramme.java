package nl.samenduurzaam.portal.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.assessment.entity.Assessment;
import nl.samenduurzaam.portal.assessment.entity.AssessmentCriterion;
import nl.samenduurzaam.portal.elaboration.entity.Elaboration;
import nl.samenduurzaam.portal.idea.control.IdeaIntake;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.idea.entity.IdeaEventType;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.insight.entity.Insight;
import nl.samenduurzaam.portal.insight.entity.InsightCluster;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.role.entity.MunicipalRole;
import nl.samenduurzaam.portal.role.entity.RoleAssignment;
import nl.samenduurzaam.portal.role.entity.RoleProposal;
import nl.samenduurzaam.portal.session.entity.Session;
import nl.samenduurzaam.portal.session.entity.SessionStatus;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The programme as a demo: the real first verdiepingssessie (28 and 29 May, Sittard and Geleen, facilitated by the
 * Brightlands Innovation Factory), its insights and about twenty ideas, one or more in every state of the
 * lifecycle, and the two autumn sessions. Submitted ideas are stored through the normal intake, so their process
 * starts and the screeners have tasks.
 */
@Dependent
class DemoProgramme {

    private static final Instant SESSION_END = Instant.parse("2026-05-29T16:00:00Z");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private IdeaIntake intake;

    private Map<String, Theme> themes;
    private Map<String, Account> people;
    private Instant clock;

    void load(DemoOrganisations organisations, Map<String, Account> accounts) {
        this.people = accounts;
        this.themes = new HashMap<>();
        em.createNamedQuery(Theme.ALL, Theme.class).getResultList().forEach(t -> themes.put(t.getCode(), t));
        Session first = firstSession(organisations.facilitator());
        autumnSessions(organisations.facilitator());
        List<Insight> insights = insights(first);
        ideas(first, insights, organisations);
    }

    private Session firstSession(Organisation facilitator) {
        Session session = new Session("Tweedaagse verdiepingssessie Energietransitie, innovatie & arbeidsmarkt",
                "Maatschappelijke partners en ondernemers gaan samen met medewerkers van de gemeente aan de slag met "
                        + "de opgaven energietransitie, innovatie en arbeidsmarkt. Onder begeleiding van de "
                        + "Brightlands Innovation Factory ontwikkelen we nieuwe inzichten, die leiden tot ongeveer "
                        + "twintig vernieuwende ideeën. Het eigenaarschap blijft bij de maatschappelijke partners.",
                facilitator, themes("ENERGY_TRANSITION", "INNOVATION", "LABOUR_MARKET"));
        session.addDay(LocalDate.of(2026, 5, 28), "Stadskantoor en Markt, Sittard")
                .addAgendaItem("09:00", "Ontvangst in het Stadskantoor")
                .addAgendaItem("09:30", "Opening: Samen Duurzaam, de opgaven van de coalitie")
                .addAgendaItem("10:15", "Verdieping per opgave in drie tafels")
                .addAgendaItem("13:30", "Op de Markt: in gesprek met inwoners en ondernemers")
                .addAgendaItem("16:00", "Oogst van de inzichten");
        session.addDay(LocalDate.of(2026, 5, 29), "Brightlands Chemelot Campus, Geleen")
                .addAgendaItem("09:00", "Terugblik op dag 1 en clusteren van de inzichten")
                .addAgendaItem("10:30", "Van inzicht naar idee: ideeënsprint")
                .addAgendaItem("14:00", "Pitches en stippenstemming")
                .addAgendaItem("15:30", "Wie pakt wat op: eigenaarschap en rol van de gemeente");
        session.moveTo(SessionStatus.OPEN_FOR_REGISTRATION);
        session.register(people.get("partner"), Instant.parse("2026-05-10T08:00:00Z"));
        session.register(people.get("partner2"), Instant.parse("2026-05-12T08:00:00Z"));
        session.register(people.get("partner3"), Instant.parse("2026-05-14T08:00:00Z"));
        session.moveTo(SessionStatus.RUNNING);
        session.moveTo(SessionStatus.CLOSED);
        session.recordMinutes("Twee dagen, drie opgaven, ruim zestig deelnemers. Dag 1 in het Stadskantoor en op de "
                + "Markt in Sittard leverde veertig inzichten op; dag 2 op de Brightlands Chemelot Campus maakte er "
                + "twintig ideeën van. Partners nemen het eigenaarschap; de rol van de gemeente verschilt per idee.");
        em.persist(session);
        return session;
    }

    private void autumnSessions(Organisation facilitator) {
        Session health = new Session("Verdiepingssessie Gezondheid, jeugd, wonen & leven", "De tweede "
                + "verdiepingssessie van Samen Duurzaam, over gezondheid, jeugd en wonen & leven.", facilitator,
                themes("HEALTH", "YOUTH", "HOUSING_AND_LIVING"));
        health.addDay(LocalDate.of(2026, 12, 9), "Stadskantoor, Sittard")
                .addAgendaItem("09:30", "Opening en verdieping per opgave");
        health.moveTo(SessionStatus.OPEN_FOR_REGISTRATION);
        em.persist(health);
        Session identity = new Session("Verdiepingssessie Identiteit & imago", "De derde verdiepingssessie van "
                + "Samen Duurzaam, over de identiteit en het imago van Sittard-Geleen.", facilitator,
                themes("IDENTITY_AND_IMAGE"));
        identity.addDay(LocalDate.of(2026, 12, 16), "Stadsschouwburg, Geleen")
                .addAgendaItem("13:00", "Opening en verdieping");
        em.persist(identity);
    }

    private List<Insight> insights(Session session) {
        String[][] texts = {
                {"ENERGY_TRANSITION", "Veel bedrijfsdaken op Chemelot en in de binnenstad liggen ongebruikt voor zon."},
                {"ENERGY_TRANSITION", "Restwarmte van Chemelot kan duizenden woningen in Geleen verwarmen."},
                {"ENERGY_TRANSITION", "Inwoners willen verduurzamen maar weten niet waar te beginnen."},
                {"ENERGY_TRANSITION", "Het stroomnet zit vol: nieuwe zonneparken wachten op aansluiting."},
                {"ENERGY_TRANSITION", "Energiecoöperaties hebben vrijwilligers maar te weinig kapitaal."},
                {"ENERGY_TRANSITION", "Scholen hebben grote daken en hoge energierekeningen."},
                {"ENERGY_TRANSITION", "Huurders profiteren nauwelijks van zonnepanelen op hun complex."},
                {"ENERGY_TRANSITION", "Waterstof van Chemelot kan het zware vervoer in de regio helpen."},
                {"ENERGY_TRANSITION", "Buurten willen samen batterijen delen om het net te ontlasten."},
                {"ENERGY_TRANSITION", "Monumenten in de binnenstad zijn lastig te isoleren."},
                {"ENERGY_TRANSITION", "Energiearmoede raakt vooral ouderen in Geleen-Zuid."},
                {"ENERGY_TRANSITION", "Installateurs kunnen de vraag naar warmtepompen niet bijhouden."},
                {"ENERGY_TRANSITION", "Sportverenigingen betalen veel voor verlichting en douchewater."},
                {"ENERGY_TRANSITION", "Er is geen overzicht van wie in de gemeente waar aan energie werkt."},
                {"INNOVATION", "Start-ups op de campus vinden moeilijk een eerste klant in de regio."},
                {"INNOVATION", "De gemeente kan als eerste afnemer innovaties helpen opschalen."},
                {"INNOVATION", "Kennis van de hogeschool blijft te vaak binnen de muren."},
                {"INNOVATION", "Circulaire bouwmaterialen worden nog nauwelijks gebruikt in renovatie."},
                {"INNOVATION", "Ondernemers in de binnenstad willen samen data over bezoekers gebruiken."},
                {"INNOVATION", "Proeftuinen in wijken maken innovatie zichtbaar voor inwoners."},
                {"INNOVATION", "Regels voor experimenten zijn onduidelijk en schrikken af."},
                {"INNOVATION", "Slimme logistiek kan het vrachtverkeer in de kernen verminderen."},
                {"INNOVATION", "Een innovatiefonds met kleine bedragen werkt sneller dan subsidies."},
                {"INNOVATION", "Bedrijven willen reststromen met elkaar uitwisselen."},
                {"INNOVATION", "Zorgorganisaties zoeken technologie om personeelstekort op te vangen."},
                {"INNOVATION", "Jongeren hebben ideeën maar geen podium om ze te testen."},
                {"INNOVATION", "De campus en de stad zijn slecht met elkaar verbonden."},
                {"LABOUR_MARKET", "Techniekbedrijven vinden geen monteurs voor de energietransitie."},
                {"LABOUR_MARKET", "Zij-instromers haken af door lange opleidingen zonder inkomen."},
                {"LABOUR_MARKET", "Statushouders hebben technische ervaring die niet wordt erkend."},
                {"LABOUR_MARKET", "Leerlingen kennen de banen op Chemelot niet."},
                {"LABOUR_MARKET", "Oudere werknemers willen hun kennis doorgeven aan jongeren."},
                {"LABOUR_MARKET", "Werkgevers concurreren om dezelfde schaarse vakmensen."},
                {"LABOUR_MARKET", "Een leerwerkbedrijf kan woningen verduurzamen en opleiden tegelijk."},
                {"LABOUR_MARKET", "Mensen in de bijstand zoeken werk dichtbij huis."},
                {"LABOUR_MARKET", "Grensarbeid met Duitsland en België wordt onvoldoende benut."},
                {"LABOUR_MARKET", "Het mbo en de bedrijven stemmen de opleidingen te weinig af."},
                {"LABOUR_MARKET", "Vrouwen zijn ondervertegenwoordigd in technische beroepen."},
                {"LABOUR_MARKET", "Een gezamenlijke vacaturebank voor de regio ontbreekt."},
                {"LABOUR_MARKET", "Werkervaringsplaatsen bij de gemeente zijn weinig bekend."}};
        List<Insight> insights = new ArrayList<>();
        Account author = people.get("procesbegeleider");
        Instant captured = Instant.parse("2026-05-28T09:30:00Z");
        for (String[] text : texts) {
            captured = captured.plus(Duration.ofMinutes(11));
            Insight insight = new Insight(session, themes.get(text[0]), text[1], author, captured);
            em.persist(insight);
            insights.add(insight);
        }
        InsightCluster sun = cluster(session, "ENERGY_TRANSITION", "Zon op daken");
        InsightCluster skills = cluster(session, "LABOUR_MARKET", "Vakmensen voor de transitie");
        InsightCluster firstCustomer = cluster(session, "INNOVATION", "De gemeente als eerste klant");
        insights.get(0).clusterInto(sun);
        insights.get(5).clusterInto(sun);
        insights.get(6).clusterInto(sun);
        insights.get(27).clusterInto(skills);
        insights.get(28).clusterInto(skills);
        insights.get(33).clusterInto(skills);
        insights.get(14).clusterInto(firstCustomer);
        insights.get(15).clusterInto(firstCustomer);
        insights.get(9).park();
        insights.get(35).park();
        return insights;
    }

    private InsightCluster cluster(Session session, String theme, String name) {
        InsightCluster cluster = new InsightCluster(session, themes.get(theme), name);
        em.persist(cluster);
        return cluster;
    }

    /** Twenty-one ideas from the session, in every state of the lifecycle. */
    private void ideas(Session session, List<Insight> insights, DemoOrganisations organisations) {
        clock = Instant.parse("2026-06-02T08:00:00Z");
        Map<String, Idea> byTitle = new HashMap<>();
        Object[][] plan = {
                {"Zonnedaken op alle scholen", "ENERGY_TRANSITION", 0, IdeaStatus.IMPLEMENTING, new int[] {0, 5}},
                {"Warmtenet met restwarmte van Chemelot", "ENERGY_TRANSITION", 9, IdeaStatus.IN_REVIEW, new int[] {1}},
                {"Energiecoach in elke wijk", "ENERGY_TRANSITION", 7, IdeaStatus.COMPLETED, new int[] {2, 10}},
                {"Buurtbatterij Geleen-Zuid", "ENERGY_TRANSITION", 7, IdeaStatus.IN_ELABORATION, new int[] {8}},
                {"Coöperatief zonnefonds voor huurders", "ENERGY_TRANSITION", 2, IdeaStatus.ROLE_ASSIGNED,
                        new int[] {6, 4}},
                {"Waterstofbussen tussen campus en station", "ENERGY_TRANSITION", 9, IdeaStatus.PARKED,
                        new int[] {7}},
                {"Ledverlichting en zonneboilers voor sportclubs", "ENERGY_TRANSITION", 1, IdeaStatus.SUBMITTED,
                        new int[] {12}},
                {"Energiekaart van alle initiatieven", "ENERGY_TRANSITION", 4, IdeaStatus.NOT_PURSUED,
                        new int[] {13}},
                {"Gemeente als launching customer voor campusinnovaties", "INNOVATION", 3, IdeaStatus.SELECTED,
                        new int[] {14, 15}},
                {"Kennisloket van de hogeschool in de binnenstad", "INNOVATION", 4, IdeaStatus.SHORTLISTED,
                        new int[] {16}},
                {"Circulaire renovatie met hergebruikte materialen", "INNOVATION", 2, IdeaStatus.OWNERSHIP_ACCEPTED,
                        new int[] {17}},
                {"Proeftuin slimme wijk", "INNOVATION", 7, IdeaStatus.CLARIFICATION_REQUESTED, new int[] {19}},
                {"Microfonds voor snelle experimenten", "INNOVATION", 6, IdeaStatus.IN_SCREENING, new int[] {22}},
                {"Reststromenmarktplaats voor bedrijven", "INNOVATION", 3, IdeaStatus.STOPPED, new int[] {23}},
                {"Jongerenpodium voor innovatie", "INNOVATION", 11, IdeaStatus.SUBMITTED, new int[] {25}},
                {"Leerwerkbedrijf verduurzaming", "LABOUR_MARKET", 5, IdeaStatus.IN_ELABORATION, new int[] {27, 33}},
                {"Techniekcarrousel voor leerlingen", "LABOUR_MARKET", 5, IdeaStatus.SHORTLISTED, new int[] {30}},
                {"Meester-gezel-koppels in de installatiebranche", "LABOUR_MARKET", 1, IdeaStatus.WITHDRAWN,
                        new int[] {31}},
                {"Erkenning van technische ervaring van statushouders", "LABOUR_MARKET", 7, IdeaStatus.SUBMITTED,
                        new int[] {29}},
                {"Regionale vacaturebank voor techniek", "LABOUR_MARKET", 8, IdeaStatus.SELECTED, new int[] {38}},
                {"Gezamenlijke vacaturesite van werkgevers", "LABOUR_MARKET", 8, IdeaStatus.MERGED, new int[] {32}}};
        for (Object[] row : plan) {
            Idea idea = idea(session, insights, organisations.partner((Integer) row[2]), (String) row[0],
                    (String) row[1], (int[]) row[4], (IdeaStatus) row[3]);
            byTitle.put((String) row[0], idea);
        }
        Idea merged = byTitle.get("Gezamenlijke vacaturesite van werkgevers");
        merged.mergeInto(byTitle.get("Regionale vacaturebank voor techniek"), "beoordelaar", tick());
        byTitle.get("Zonnedaken op alle scholen").publish("programmamanager", tick());
        byTitle.get("Energiecoach in elke wijk").publish("programmamanager", tick());
    }

    private Idea idea(Session session, List<Insight> insights, Organisation proposer, String title, String theme,
                      int[] insightIndexes, IdeaStatus target) {
        List<Insight> origin = new ArrayList<>();
        for (int index : insightIndexes) {
            origin.add(insights.get(index));
        }
        String description = "Uit de verdiepingssessie: " + String.join(" ", origin.stream()
                .map(Insight::getText).toList()) + " Dit idee pakt dat samen met partners op.";
        Idea idea = Idea.fromInsights(intake.nextNumber(), title, description, themes.get(theme), session, origin,
                proposer, people.get("procesbegeleider"), tick());
        if (target == IdeaStatus.SUBMITTED) {
            // through the intake: the process starts and the screening task waits in the task list
            intake.store(idea, "procesbegeleider");
            return idea;
        }
        em.persist(idea);
        for (IdeaStatus step : pathTo(target)) {
            step(idea, step, proposer);
        }
        return idea;
    }

    private void step(Idea idea, IdeaStatus step, Organisation proposer) {
        switch (step) {
            case NOT_PURSUED -> idea.notPursue("Bestaande overzichten van de provincie dekken dit al.",
                    "beoordelaar", tick());
            case MERGED -> {
                // merged after all ideas exist
            }
            case SHORTLISTED -> {
                idea.changeStatus(step, null, "beoordelaar", tick());
                assess(idea, "beoordelaar", 4, 3);
                assess(idea, "beoordelaar2", 5, 4);
            }
            case OWNERSHIP_ACCEPTED -> {
                idea.proposeOwner(proposer, "programmamanager", tick(), "demo-owner-proposal-" + idea.getNumber());
                idea.assignOwner(proposer, "programmamanager", tick());
                idea.changeStatus(step, null, people.get("partner").getUsername(), tick());
            }
            case ROLE_ASSIGNED -> {
                assignRole(idea);
                idea.changeStatus(step, null, "management", tick());
            }
            case IN_ELABORATION -> {
                idea.changeStatus(step, null, "programmamanager", tick());
                elaboration(idea, proposer);
            }
            case IN_REVIEW -> {
                elaboration(idea).submitForReview();
                idea.changeStatus(step, null, "partner", tick());
            }
            case IMPLEMENTING -> {
                Elaboration elaboration = elaboration(idea);
                elaboration.approve();
                idea.changeStatus(step, null, "beoordelaar", tick());
                elaboration.reportProgress(100, "Eerste mijlpaal gehaald.", elaboration.getMilestones().get(0),
                        "partner", tick());
            }
            case COMPLETED -> {
                Elaboration elaboration = elaboration(idea);
                elaboration.reportProgress(100, "Alles opgeleverd.", elaboration.getMilestones().get(1), "partner",
                        tick());
                idea.changeStatus(step, null, "beoordelaar", tick());
            }
            case STOPPED -> idea.changeStatus(step, "De partners vonden geen gezamenlijke financiering.",
                    "beoordelaar", tick());
            case PARKED -> idea.changeStatus(step, "Wacht op de uitkomst van de regionale waterstofstudie.",
                    "programmamanager", tick());
            case WITHDRAWN -> idea.changeStatus(step, "Opgenomen in een landelijk programma.", "partner2", tick());
            case CLARIFICATION_REQUESTED -> idea.changeStatus(step, "Welke wijk en welke partners doen mee?",
                    "beoordelaar", tick());
            default -> idea.changeStatus(step, null, "beoordelaar", tick());
        }
    }

    private static List<IdeaStatus> pathTo(IdeaStatus target) {
        List<IdeaStatus> main = List.of(IdeaStatus.IN_SCREENING, IdeaStatus.SHORTLISTED, IdeaStatus.SELECTED,
                IdeaStatus.OWNERSHIP_ACCEPTED, IdeaStatus.ROLE_ASSIGNED, IdeaStatus.IN_ELABORATION,
                IdeaStatus.IN_REVIEW, IdeaStatus.IMPLEMENTING, IdeaStatus.COMPLETED);
        return switch (target) {
            case CLARIFICATION_REQUESTED -> List.of(IdeaStatus.IN_SCREENING, IdeaStatus.CLARIFICATION_REQUESTED);
            case NOT_PURSUED -> List.of(IdeaStatus.IN_SCREENING, IdeaStatus.NOT_PURSUED);
            case MERGED -> List.of(IdeaStatus.IN_SCREENING);
            case PARKED -> List.of(IdeaStatus.IN_SCREENING, IdeaStatus.SHORTLISTED, IdeaStatus.PARKED);
            case WITHDRAWN -> List.of(IdeaStatus.IN_SCREENING, IdeaStatus.WITHDRAWN);
            case STOPPED -> List.of(IdeaStatus.IN_SCREENING, IdeaStatus.SHORTLISTED, IdeaStatus.SELECTED,
                    IdeaStatus.OWNERSHIP_ACCEPTED, IdeaStatus.ROLE_ASSIGNED, IdeaStatus.IN_ELABORATION,
                    IdeaStatus.IN_REVIEW, IdeaStatus.STOPPED);
            default -> main.subList(0, main.indexOf(target) + 1);
        };
    }

    private void assess(Idea idea, String assessor, int high, int low) {
        List<AssessmentCriterion> criteria = em.createNamedQuery(AssessmentCriterion.ACTIVE,
                AssessmentCriterion.class).getResultList();
        Map<String, Integer> scores = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            scores.put(criteria.get(i).getCode(), i % 2 == 0 ? high : low);
        }
        Instant assessedAt = tick();
        em.persist(new Assessment(idea, people.get(assessor), criteria, scores, null, assessedAt));
        idea.recordMunicipalStep(IdeaEventType.ASSESSED, assessor, assessedAt);
    }

    private void assignRole(Idea idea) {
        Map<String, MunicipalRole> roles = new HashMap<>();
        em.createNamedQuery(MunicipalRole.CATALOGUE, MunicipalRole.class).getResultList()
                .forEach(role -> roles.put(role.getCode(), role));
        boolean energy = idea.getTheme().getCode().equals("ENERGY_TRANSITION");
        RoleProposal proposal = energy
                ? new RoleProposal(roles.get("FUNDER"), new LinkedHashSet<>(List.of(roles.get("REGULATOR"))),
                "Energie en Klimaat", "Cofinanciering van 50.000 euro en een snelle vergunningprocedure.",
                "Past bij de doelen van het klimaatakkoord van de gemeente.",
                "Subsidie en vergunning liggen bij verschillende teams met gescheiden dossiers.")
                : new RoleProposal(roles.get("CONNECTOR"), Set.of(roles.get("FACILITATOR")), "Economie",
                "De gemeente brengt partners samen en stelt ruimte beschikbaar.",
                "Het initiatief ligt bij de partners; de gemeente verbindt.", null);
        Instant proposedAt = tick();
        RoleAssignment assignment = new RoleAssignment(idea, proposal, "rolhouder", proposedAt);
        idea.recordMunicipalStep(IdeaEventType.ROLE_PROPOSED, "rolhouder", proposedAt);
        Instant approvedAt = tick();
        assignment.approve("management", approvedAt);
        idea.recordMunicipalStep(IdeaEventType.ROLE_APPROVED, "management", approvedAt);
        em.persist(assignment);
    }

    private void elaboration(Idea idea, Organisation owner) {
        Elaboration elaboration = new Elaboration(idea, owner);
        elaboration.plan("Binnen twee jaar resultaat voor de opgave " + idea.getTheme().getName().nameNl() + ".",
                "Een kopgroep van partners start; de aanpak wordt daarna uitgerold.", owner.getName(),
                new BigDecimal("85000.00"), "Cofinanciering en hulp bij vergunningen.");
        elaboration.addMilestone("Kopgroep gestart", LocalDate.of(2026, 10, 1));
        elaboration.addMilestone("Uitrol afgerond", LocalDate.of(2027, 6, 1));
        em.persist(elaboration);
    }

    private Elaboration elaboration(Idea idea) {
        return em.createNamedQuery(Elaboration.BY_IDEA, Elaboration.class).setParameter("ideaId", idea.getId())
                .getSingleResult();
    }

    private Set<Theme> themes(String... codes) {
        Set<Theme> selected = new LinkedHashSet<>();
        for (String code : codes) {
            selected.add(themes.get(code));
        }
        return selected;
    }

    private Instant tick() {
        clock = clock.plus(Duration.ofHours(20));
        return clock.isBefore(SESSION_END) ? SESSION_END : clock;
    }
}
