package nl.samenduurzaam.portal.it;

import jakarta.inject.Inject;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.NewAccount;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.it.support.HttpSession;
import nl.samenduurzaam.portal.it.support.Mailbox;
import nl.samenduurzaam.portal.it.support.ReceivedMail;
import nl.samenduurzaam.portal.it.support.Submissions;
import nl.samenduurzaam.portal.it.support.TaskDriver;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.notification.boundary.MailPreferenceView;
import nl.samenduurzaam.portal.notification.boundary.MailPreferences;
import nl.samenduurzaam.portal.notification.boundary.OutboxAdministration;
import nl.samenduurzaam.portal.notification.boundary.OutboxEntry;
import nl.samenduurzaam.portal.notification.entity.MailChoice;
import nl.samenduurzaam.portal.notification.entity.MailKind;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.task.control.DailyDigest;
import org.camunda.bpm.engine.TaskService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people chose about mail, against the real SMTP server: the unsubscribe link of a mail works without logging
 * in, mail chosen for the digest waits for it, and a civil servant's digest lists exactly their tasks, each once.
 */
@ExtendWith(ArquillianExtension.class)
class MailChoicesIT {

    private static final String PARTNER = Users.OTHER_PARTNER;
    private static final String PARTNER_ADDRESS = PARTNER + "@example.org";

    @Inject
    private TaskDriver driver;

    @Inject
    private MailPreferences preferences;

    @Inject
    private DailyDigest digest;

    @Inject
    private TaskService taskService;

    @Inject
    private Ideas ideas;

    @Inject
    private Accounts accounts;

    @Inject
    private OutboxAdministration outbox;

    @ArquillianResource
    private URL base;

    @Test
    void theUnsubscribeLinkOfAMailStopsItsKindWithoutLoggingIn() throws Exception {
        choose(PARTNER, MailKind.DECISION, MailChoice.IMMEDIATELY);
        try {
            IdeaSummary selected = driver.ideaWaitingAt(IdeaLifecycle.PROPOSE_OWNER, PARTNER, "Afmelden na selectie");
            ReceivedMail mail = Mailbox.awaitOne(PARTNER_ADDRESS, "Idee geselecteerd: " + selected.number());
            assertThat(mail.text()).contains("Het idee " + selected.number() + " \"" + selected.title()
                    + "\" is geselecteerd. Toelichting:", "De programmamanager zoekt nu een eigenaar");
            List<String> links = mail.links();
            assertThat(links).hasSize(2);
            String unsubscribe = links.get(1);
            assertThat(unsubscribe).startsWith(base + "unsubscribe.xhtml?token=");
            assertThat(mail.text()).contains("Wilt u dit soort berichten niet meer ontvangen? Meld u af: " + unsubscribe);

            HttpSession visitor = new HttpSession(base.toURI());
            String path = unsubscribe.substring(base.toString().length());
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.body()).contains("Wilt u geen e-mail meer ontvangen over: Besluiten over ideeën van uw "
                    + "organisatie?");
            HttpResponse<String> done = visitor.ajaxPost(path, page.body(), "unsubscribe-form",
                    "unsubscribe-form:unsubscribe", Map.of());
            assertThat(done.body()).contains("U ontvangt geen e-mail meer over: Besluiten over ideeën van uw "
                    + "organisatie.");
            assertThat(visitor.get(path.replace("token=", "token=x")).body())
                    .contains("Deze afmeldlink is niet geldig");

            // the ownership task that follows the selection is required and comes; the selection does not
            IdeaSummary later = driver.ideaWaitingAt(IdeaLifecycle.ACCEPT_OWNERSHIP, PARTNER,
                    "Geselecteerd, niet gemeld");
            Mailbox.awaitOne(PARTNER_ADDRESS, "Eigenaarschap aangeboden: " + later.number());
            Users.loginAs(Users.ADMIN);
            assertThat(outbox.latest(null)).extracting(OutboxEntry::subject).as("not even in the outbox")
                    .anyMatch(subject -> subject.startsWith("Eigenaarschap aangeboden: " + later.number()))
                    .noneMatch(subject -> subject.startsWith("Idee geselecteerd: " + later.number()));
        } finally {
            choose(PARTNER, MailKind.DECISION, MailChoice.IMMEDIATELY);
        }
    }

    @Test
    void mailChosenForTheDigestWaitsForItAndComesOnce() {
        choose(PARTNER, MailKind.DECISION, MailChoice.DIGEST);
        try {
            IdeaSummary selected = driver.ideaWaitingAt(IdeaLifecycle.PROPOSE_OWNER, PARTNER, "Voor het overzicht");

            assertThat(digest.deliverTo(PARTNER)).isTrue();
            ReceivedMail overview = Mailbox.await(PARTNER_ADDRESS, mail -> mail.subject()
                    .equals("Uw dagelijks overzicht van Samen Duurzaam") && mail.text().contains(selected.number()))
                    .get(0);
            assertThat(overview.text()).contains("Berichten\nIdee geselecteerd: " + selected.number() + " "
                    + selected.title() + "\n" + base + "ideas/idea.xhtml?number=" + selected.number());
            assertThat(Mailbox.of(PARTNER_ADDRESS)).extracting(ReceivedMail::subject)
                    .noneMatch(subject -> subject.startsWith("Idee geselecteerd: " + selected.number()));
            assertThat(digest.deliverTo(PARTNER)).as("nothing left to tell").isFalse();
        } finally {
            choose(PARTNER, MailKind.DECISION, MailChoice.IMMEDIATELY);
        }
    }

    @Test
    void aCivilServantsDigestListsEachOfTheirTasksOnceInItsSection() {
        Users.loginAs(Users.ADMIN);
        String suffix = Long.toString(System.nanoTime(), 36);
        String screener = "overzicht." + suffix;
        accounts.create(new NewAccount(screener, "Overzicht " + suffix, screener + "@example.org", null,
                Set.of(PortalRoles.SCREENER), "Een lang wachtwoord!"));
        Users.loginAs(screener, "Een lang wachtwoord!");
        assertThat(preferences.mine()).extracting(MailPreferenceView::kind, MailPreferenceView::choice)
                .contains(org.assertj.core.groups.Tuple.tuple(MailKind.GROUP_TASK, MailChoice.DIGEST));

        Users.loginAs(Users.PARTNER);
        IdeaSummary fresh = ideas.submit(Submissions.titled("Nieuw in het overzicht"));
        IdeaSummary overdue = ideas.submit(Submissions.titled("Over tijd in het overzicht"));
        IdeaSummary dueSoon = ideas.submit(Submissions.titled("Bijna in het overzicht"));
        IdeaSummary mine = ideas.submit(Submissions.titled("Eigen taak in het overzicht"));
        Instant now = Instant.now();
        taskService.setDueDate(screening(overdue), Date.from(Instant.parse("2001-01-01T09:00:00Z")));
        taskService.setDueDate(screening(dueSoon), Date.from(now.plus(2, ChronoUnit.DAYS)));
        taskService.claim(screening(mine), screener);
        taskService.setDueDate(screening(mine), Date.from(now.plus(1, ChronoUnit.DAYS)));

        assertThat(digest.deliverTo(screener)).isTrue();

        ReceivedMail mail = Mailbox.awaitOne(screener + "@example.org", "Uw dagelijks overzicht");
        List<String> sections = Arrays.asList(mail.text().split("\n\n"));
        assertThat(section(sections, "Taken over tijd")).contains(overdue.number())
                .doesNotContain(fresh.number(), dueSoon.number(), mine.number());
        assertThat(section(sections, "Uw eigen taken die binnenkort klaar moeten zijn")).contains(mine.number())
                .doesNotContain(fresh.number(), dueSoon.number(), overdue.number());
        assertThat(section(sections, "Taken die binnen drie dagen klaar moeten zijn")).contains(dueSoon.number())
                .doesNotContain(fresh.number(), mine.number(), overdue.number());
        assertThat(section(sections, "Nieuwe taken in uw groepen")).contains(fresh.number() + " "
                + fresh.title() + ": Idee screenen, uiterlijk ")
                .doesNotContain(dueSoon.number(), mine.number(), overdue.number());
        // a screener's groups hold no selection or ownership tasks
        assertThat(mail.text()).doesNotContain("Over selectie beslissen", "Eigenaar voorstellen");
    }

    private String screening(IdeaSummary idea) {
        return taskService.createTaskQuery().processInstanceBusinessKey(idea.number())
                .taskDefinitionKey(IdeaLifecycle.SCREEN_IDEA).singleResult().getId();
    }

    private static String section(List<String> sections, String heading) {
        return sections.stream().filter(section -> section.startsWith(heading + "\n")).findFirst()
                .orElseThrow(() -> new AssertionError("No section " + heading + " in " + sections));
    }

    private void choose(String username, MailKind kind, MailChoice choice) {
        Users.loginAs(username);
        preferences.choose(kind, choice);
        Users.logout();
    }
}
