package nl.samenduurzaam.portal.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.account.boundary.AccountSummary;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.NewAccount;
import nl.samenduurzaam.portal.account.boundary.PersonalDataExport;
import nl.samenduurzaam.portal.audit.boundary.AuditLog;
import nl.samenduurzaam.portal.audit.entity.AuditOutcome;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.infrastructure.persistence.DatabaseMigrations;
import nl.samenduurzaam.portal.it.support.DemoLookups;
import nl.samenduurzaam.portal.it.support.HttpSession;
import nl.samenduurzaam.portal.it.support.Mailbox;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.organisation.boundary.OrganisationSummary;
import nl.samenduurzaam.portal.organisation.boundary.Organisations;
import nl.samenduurzaam.portal.organisation.entity.OrganisationType;
import nl.samenduurzaam.portal.role.boundary.MunicipalRoles;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static nl.samenduurzaam.portal.it.support.Violations.templatesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The functional administrator's boundaries in Payara (accounts, organisations, themes, the role catalogue),
 * password reset requests, the audit of refusals and the database migrations.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    @Inject
    private Themes themes;

    @Inject
    private Organisations organisations;

    @Inject
    private MunicipalRoles municipalRoles;

    @Inject
    private AuditLog auditLog;

    @Inject
    private DatabaseMigrations migrations;

    @Inject
    private Accounts accounts;

    @Inject
    private PersonalDataExport personalData;

    @ArquillianResource
    private URL base;

    @Test
    void theFunctionalAdministratorKeepsAccountsOrganisationsThemesAndTheRoleCatalogue() {
        Users.loginAs(Users.ADMIN);
        String suffix = Long.toString(System.nanoTime(), 36);
        OrganisationSummary added = organisations.add("Buurtvereniging " + suffix, OrganisationType.SOCIETAL_PARTNER);
        assertThat(catchThrowable(() -> organisations.add(" BUURTVERENIGING " + suffix.toUpperCase() + " ",
                OrganisationType.COMPANY))).isInstanceOf(PortalException.class).hasMessage("organisation.name.taken");

        String username = "nieuw." + suffix;
        String address = username + "@example.org";
        AccountSummary created = accounts.create(new NewAccount(username, "Nieuwe Partner", address,
                added.id(), Set.of(PortalRoles.PARTNER), "Een lang wachtwoord!"));
        assertThat(created.organisationName()).isEqualTo(added.name());
        assertThat(templatesOf(() -> accounts.create(new NewAccount("X", "", "geen-mail", null, Set.of(),
                "kort")))).contains("{account.username.format}", "{account.name.required}",
                "{account.email.format}", "{account.roles.required}", "{account.password.length}");
        // ASVS 2.1.2: passwords of 64 characters and more are allowed, more than 128 refused
        assertThat(templatesOf(() -> accounts.create(new NewAccount("lang." + suffix, "Lang Wachtwoord", null,
                added.id(), Set.of(PortalRoles.PARTNER), "w".repeat(129))))).containsExactly("{account.password.length}");
        assertThat(catchThrowable(() -> accounts.create(new NewAccount("zonder." + suffix, "Zonder Organisatie",
                null, null, Set.of(PortalRoles.PARTNER), "Een lang wachtwoord!"))))
                .hasMessage("account.partner.organisation-required");
        // a new invitation, when the first was lost: to the address, never for an account without one
        accounts.inviteAgain(username);
        assertThat(Mailbox.awaitOne(address, "Welkom bij Samen Duurzaam").text())
                .contains("Uw gebruikersnaam is " + username + ".");
        // without a first password the person is invited by mail: an address is needed then
        assertThat(catchThrowable(() -> accounts.create(new NewAccount("uitgenodigd." + suffix, "Zonder Adres",
                null, added.id(), Set.of(PortalRoles.PARTNER), null))))
                .hasMessage("account.email.required-for-invitation");
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
        assertThat(export).contains("\"username\": \"" + username + "\"", "\"email\": \"" + address + "\"",
                "\"organisation\": \"" + added.name() + "\"", "ownActionsInTheAuditLog");
        assertThatThrownBy(() -> accounts.all()).isInstanceOf(EJBAccessException.class);
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

    /** A page whose view action the boundary refuses: the refusal page, audited under the caller like every refusal. */
    @Test
    void aPageRefusedByTheBoundaryIsAuditedUnderTheCaller() throws Exception {
        Users.loginAs(Users.ADMIN);
        String suffix = Long.toString(System.nanoTime(), 36);
        long organisation = organisations.add("Kijkers " + suffix, OrganisationType.SOCIETAL_PARTNER).id();
        String username = "kijker." + suffix;
        accounts.create(new NewAccount(username, "Kijker " + suffix, null, organisation, Set.of(PortalRoles.PARTNER),
                "Een lang wachtwoord!"));
        Users.loginAs(Users.FACILITATOR);
        long session = DemoLookups.firstSession().id();   // only read: the refusal changes nothing

        HttpResponse<String> board = new HttpSession(base.toURI()).loginAs(username, "Een lang wachtwoord!")
                .get("sessions/board.xhtml?session=" + session);

        assertThat(board.statusCode()).isEqualTo(403);
        Users.loginAs(Users.ADMIN);
        assertThat(auditLog.ofActor(username, 5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("/sessions/board.xhtml");
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.REFUSED);
        });
    }

    @Test
    void migrationsAreAppliedOnceAndNothingIsAppliedOnASecondRun() {
        Users.loginAs(Users.ADMIN);

        assertThat(migrations.migrate()).isZero();
    }
}
