package nl.samenduurzaam.portal.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.EmailChange;
import nl.samenduurzaam.portal.account.boundary.LoginResult;
import nl.samenduurzaam.portal.account.boundary.NewAccount;
import nl.samenduurzaam.portal.account.boundary.PasswordResets;
import nl.samenduurzaam.portal.account.entity.LinkPurpose;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.it.support.HttpSession;
import nl.samenduurzaam.portal.it.support.Mailbox;
import nl.samenduurzaam.portal.it.support.ReceivedMail;
import nl.samenduurzaam.portal.it.support.SessionPlanner;
import nl.samenduurzaam.portal.it.support.Submissions;
import nl.samenduurzaam.portal.it.support.TaskDriver;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.notification.boundary.OutboxAdministration;
import nl.samenduurzaam.portal.notification.boundary.OutboxEntry;
import nl.samenduurzaam.portal.organisation.boundary.Organisations;
import nl.samenduurzaam.portal.organisation.entity.OrganisationType;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.portal.session.boundary.Sessions;
import nl.samenduurzaam.portal.session.control.SessionReminders;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static nl.samenduurzaam.portal.it.support.Violations.templatesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The mail the portal sends, received by a real SMTP server (GreenMail): what the recipient reads, where its link
 * leads, and that the outbox follows the transaction of the change that caused it.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final String FIRST = "Het eerste wachtwoord!";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Inject
    private TaskDriver driver;

    @Inject
    private Ideas ideas;

    @Inject
    private ManagementService management;

    @Inject
    private RuntimeService runtime;

    @Inject
    private PasswordResets passwordResets;

    @Inject
    private Accounts accounts;

    @Inject
    private Organisations organisations;

    @Inject
    private SessionPlanner sessionPlanner;

    @Inject
    private Sessions sessions;

    @Inject
    private SessionReminders sessionReminders;

    @Inject
    private OutboxAdministration outbox;

    @Resource
    private UserTransaction transaction;

    @ArquillianResource
    private URL base;

    @Test
    void theProposedOwnersPeopleReadTheOwnershipProposalAndItsLinkOpensTheTask() throws Exception {
        IdeaSummary idea = driver.ideaWaitingAt(IdeaLifecycle.ACCEPT_OWNERSHIP, Users.PARTNER, "Deelfietsen in Born");
        Users.loginAs(Users.PARTNER);
        String task = driver.taskFor(idea, IdeaLifecycle.ACCEPT_OWNERSHIP);

        ReceivedMail mail = Mailbox.awaitOne(Users.PARTNER + "@example.org",
                "Eigenaarschap aangeboden: " + idea.number());

        assertThat(mail.subject()).isEqualTo("Eigenaarschap aangeboden: " + idea.number() + " " + idea.title());
        assertThat(mail.text()).contains("De programmamanager stelt voor dat uw organisatie eigenaar wordt van het idee "
                + idea.number() + " \"" + idea.title() + "\"", "U ontvangt dit bericht altijd");
        assertThat(mail.html()).contains("<html lang=\"nl\">", "Openen in het portaal");
        assertThat(mail.language()).isEqualTo("nl");
        assertThat(mail.messageId()).matches("<[0-9a-f-]{36}@localhost>");
        assertThat(mail.linkPath()).isEqualTo("/partner/ideas.xhtml?task=" + task);

        HttpResponse<String> page = new HttpSession(base.toURI()).loginAs(Users.PARTNER)
                .get(mail.linkPath().substring(1));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"partner-task-heading\"", "Eigenaarschap van het idee aanvaarden of afwijzen ("
                + idea.number() + ")", "Wordt uw organisatie eigenaar van dit idee?");
    }

    @Test
    void theFourteenDayReminderOfAnOwnershipProposalIsMailedOnce() throws Exception {
        IdeaSummary idea = driver.ideaWaitingAt(IdeaLifecycle.ACCEPT_OWNERSHIP, Users.PARTNER,
                "Herinnerd aan een voorstel");
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(idea.number())
                .singleResult().getId();
        Job reminderTimer = management.createJobQuery().processInstanceId(instance)
                .activityId(IdeaLifecycle.OWNERSHIP_REMINDER_DUE).singleResult();

        // fourteen days later: the timer fires (its asynchronous reminder step follows on the job executor)
        management.executeJob(reminderTimer.getId());

        String address = Users.PARTNER + "@example.org";
        ReceivedMail reminder = Mailbox.awaitOne(address, "Herinnering: eigenaarschap van " + idea.number());
        assertThat(reminder.text()).contains("nog niet gereageerd");
        Users.loginAs(Users.PARTNER);
        assertThat(reminder.linkPath()).isEqualTo("/partner/ideas.xhtml?task="
                + driver.taskFor(idea, IdeaLifecycle.ACCEPT_OWNERSHIP));
        assertThat(outboxSubjects(address, idea.number())).as("one reminder in the outbox, sent")
                .containsExactlyInAnyOrder("Idee geselecteerd: " + idea.number() + " " + idea.title(),
                        "Eigenaarschap aangeboden: " + idea.number() + " " + idea.title(),
                        "Herinnering: eigenaarschap van " + idea.number() + " " + idea.title());
        assertThat(Mailbox.of(address)).filteredOn(mail -> mail.subject().contains(idea.number()))
                .extracting(ReceivedMail::subject)
                .containsExactlyInAnyOrder("Idee geselecteerd: " + idea.number() + " " + idea.title(),
                        "Eigenaarschap aangeboden: " + idea.number() + " " + idea.title(),
                        "Herinnering: eigenaarschap van " + idea.number() + " " + idea.title());
    }

    @Test
    void anOverdueScreeningIsMailedToTheProgrammeManagersWithTheTaskTheyMayTakeOver() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Te laat gescreend"));
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(idea.number())
                .singleResult().getId();
        Job overdue = management.createJobQuery().processInstanceId(instance)
                .activityId(IdeaLifecycle.SCREENING_OVERDUE).singleResult();

        // ten days later: the timer fires, the escalation follows on the job executor
        management.executeJob(overdue.getId());

        ReceivedMail mail = Mailbox.awaitOne(Users.PROGRAMME_MANAGER + "@example.org",
                "Screening over tijd: " + idea.number());
        assertThat(mail.text()).contains("Als programmamanager kunt u de taak overnemen in het portaal.",
                "Meld u af: ");
        Users.loginAs(Users.PROGRAMME_MANAGER);
        assertThat(mail.linkPath()).isEqualTo("/tasks/task.xhtml?id="
                + driver.taskFor(idea, IdeaLifecycle.SCREEN_IDEA));
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        String username = newAccount(Locale.ENGLISH);
        String address = username + "@example.org";

        transaction.begin();
        passwordResets.request(username);
        transaction.rollback();
        // committed: the quiet period did not start, as the rolled-back request was never stored
        passwordResets.request(username);

        Mailbox.awaitOne(address, "Choose a new password");
        assertThat(outboxSubjects(address, "")).as("the rolled-back request left no mail in the outbox")
                .containsExactly("Choose a new password");
        assertThat(Mailbox.of(address)).hasSize(1);
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndOnlyWithinThePasswordRules() throws Exception {
        String username = newAccount(Locale.ENGLISH);
        Users.logout();

        passwordResets.request(username);
        passwordResets.request(" " + username + "@EXAMPLE.org ");   // within the quiet period: no second mail
        passwordResets.request("iemand-die-er-niet-is@example.org");   // answered the same, nothing sent
        assertThat(templatesOf(() -> {
            passwordResets.request(" ");
            return null;
        })).contains("{password-reset.identifier.required}");

        ReceivedMail mail = Mailbox.awaitOne(username + "@example.org", "Choose a new password");
        assertThat(mail.text()).startsWith("Dear Vergeetachtige " + username.substring(9) + ",")
                .contains("The link works once and for 30 minutes.");
        String path = mail.linkPath();
        assertThat(path).matches("/password-new\\.xhtml\\?token=[A-Za-z0-9_-]{43}");
        String token = path.substring(path.indexOf('=') + 1);
        assertThat(passwordResets.purposeOf(token)).contains(LinkPurpose.RESET);
        assertThat(passwordResets.purposeOf(token.substring(1) + "A")).isEmpty();

        assertThat(catchThrowableOfType(() -> passwordResets.complete(token, "wachtwoord1234"),
                PortalException.class).getMessageKey()).isEqualTo("account.password.common");
        passwordResets.complete(token, "langs de maas naar maastricht");

        assertThat(accounts.authenticate(username, "langs de maas naar maastricht".toCharArray(), "192.0.2.40")
                .outcome()).isEqualTo(LoginResult.Outcome.SUCCESS);
        assertThat(accounts.authenticate(username, FIRST.toCharArray(), "192.0.2.40").outcome())
                .isEqualTo(LoginResult.Outcome.INVALID_CREDENTIALS);
        assertThat(passwordResets.purposeOf(token)).isEmpty();
        assertThat(catchThrowableOfType(() -> passwordResets.complete(token, "een ander lang wachtwoord"),
                PortalException.class).getMessageKey()).isEqualTo("password-reset.link.invalid");
    }

    @Test
    void theLinkOfAMailForAnotherTaskOfTheOrganisationSaysItIsNoLongerOpen() throws Exception {
        HttpResponse<String> page = new HttpSession(base.toURI()).loginAs(Users.PARTNER)
                .get("partner/ideas.xhtml?task=geen-taak-van-ons");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Deze taak staat niet meer open")
                .doesNotContain("id=\"partner-task-heading\"");
    }

    @Test
    void aRegistrationIsConfirmedOnceAndTheDayBeforeTheProgrammeComesAgain() {
        // a day of its own, far ahead: the reminder round of that day finds this session only
        LocalDate day = LocalDate.of(2040, 1, 2).plusDays(System.nanoTime() % 3000);
        String title = "Sessie met programma " + Long.toString(System.nanoTime(), 36);
        long session = sessionPlanner.plan(title, "ENERGY_TRANSITION", true, day);
        String address = Users.PARTNER + "@example.org";

        Users.loginAs(Users.PARTNER);
        sessions.register(session);
        sessions.register(session);   // registered already: no second confirmation

        ReceivedMail confirmation = Mailbox.awaitOne(address, "Aangemeld voor " + title);
        String date = day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(DUTCH));
        assertThat(confirmation.text()).contains("U bent aangemeld voor de verdiepingssessie \"" + title + "\"",
                date + ", Stadskantoor, Sittard\n10:00 Opening en verdieping\n12:30 Lunch en afsluiting");
        assertThat(confirmation.linkPath()).isEqualTo("/sessions/index.xhtml");

        assertThat(sessionReminders.remindOf(day.minusDays(1))).isZero();
        assertThat(sessionReminders.remindOf(day)).isEqualTo(1);
        ReceivedMail reminder = Mailbox.awaitOne(address, "Morgen: " + title);
        assertThat(reminder.text()).contains("Morgen is de verdiepingssessie \"" + title + "\"",
                date + ", Stadskantoor, Sittard");
        assertThat(Mailbox.of(address)).filteredOn(mail -> mail.subject().contains(title)).hasSize(2);
    }

    @Test
    void aNewAddressIsUsedOnlyOnceTheLinkMailedToItConfirmsIt() throws Exception {
        String username = newAccount(DUTCH);
        String old = username + "@example.org";
        String renewed = "nieuw." + username + "@example.org";
        Users.loginAs(username, FIRST);

        assertThat(catchThrowableOfType(() -> accounts.requestEmailChange(new EmailChange(renewed, "geraden!")),
                PortalException.class).getMessageKey()).isEqualTo("account.password.current.wrong");
        accounts.requestEmailChange(new EmailChange(renewed, FIRST));

        ReceivedMail confirmation = Mailbox.awaitOne(renewed, "Bevestig uw nieuwe e-mailadres");
        assertThat(confirmation.text()).contains("voortaan e-mail te ontvangen op " + renewed,
                "tot dan gaat de e-mail naar uw oude adres");
        assertThat(accounts.me().email()).as("not before it is confirmed").isEqualTo(old);

        HttpSession visitor = new HttpSession(base.toURI());
        String link = confirmation.linkPath().substring(1);
        assertThat(visitor.get(link).body()).contains("Uw e-mailadres is nu " + renewed + ".");
        assertThat(accounts.me().email()).isEqualTo(renewed);
        assertThat(visitor.get(link).body()).contains("Deze bevestigingslink werkt niet (meer)");
    }

    /** The subjects of the outbox's mail to the address that contain {@code part}, sent or not (as the admin). */
    private List<String> outboxSubjects(String address, String part) {
        Users.loginAs(Users.ADMIN);
        return outbox.latest(null).stream().filter(mail -> mail.recipient().equals(address))
                .map(OutboxEntry::subject).filter(subject -> subject.contains(part)).toList();
    }

    private String newAccount(Locale language) {
        Users.loginAs(Users.ADMIN);
        String suffix = Long.toString(System.nanoTime(), 36);
        long organisation = organisations.add("Vergeters " + suffix, OrganisationType.SOCIETAL_PARTNER).id();
        String username = "vergeten." + suffix;
        accounts.create(new NewAccount(username, "Vergeetachtige " + suffix, username + "@example.org",
                organisation, Set.of(PortalRoles.PARTNER), FIRST));
        if (!Locale.forLanguageTag("nl").equals(language)) {
            Users.loginAs(username, FIRST);
            accounts.changeLanguage(language.getLanguage());
        }
        Users.logout();
        return username;
    }
}
