package nl.samenduurzaam.portal.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.NewAccount;
import nl.samenduurzaam.portal.organisation.boundary.Organisations;
import nl.samenduurzaam.portal.organisation.entity.OrganisationType;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.io.IOException;
import java.util.Set;

/**
 * Test-only, in the test deployment's WAR and never in the shipped one: a new partner account for a browser test,
 * created by the administrator as the portal allows. Answers the username; {@link AccountFixtures} is its client.
 */
@WebServlet(urlPatterns = "/" + AccountFixtures.PATH)
public class AccountFixtureServlet extends HttpServlet {

    @Inject
    private Accounts accounts;

    @Inject
    private Organisations organisations;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        CurrentExchange.set(request, response);
        try {
            Users.loginAs(Users.ADMIN);
            String suffix = Long.toString(System.nanoTime(), 36);
            long organisation = organisations.add("Testers " + suffix, OrganisationType.SOCIETAL_PARTNER).id();
            String username = "tester." + suffix;
            accounts.create(new NewAccount(username, "Tester " + suffix, username + "@example.org", organisation,
                    Set.of(PortalRoles.PARTNER), request.getParameter(AccountFixtures.PASSWORD)));
            Users.logout();
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(username);
        } finally {
            CurrentExchange.clear();
        }
    }
}
