package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.web.i18n.LanguageView;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.time.Duration;

/** The login form. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LoginAttempt attempt;

    @Inject
    private HomePage homePage;

    @Inject
    private LanguageView languageView;

    @Inject
    private Accounts accounts;

    private String username;

    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.trim(), new Password(password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                // a new session id after login: a session id planted before login is worthless
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                languageView.useLanguageOf(accounts.me().locale());
                String asked = ReturnAfterLogin.takeFrom(request.getSession(false));
                Faces.redirect(asked != null ? asked : homePage.pathFor(request));
            }
            default -> {
                if (attempt.wasThrottled()) {
                    showWait(attempt.retryAfter());
                } else {
                    Messages.addGlobalError(attempt.wasUnavailable() ? "login.unavailable"
                            : attempt.wasBusy() ? "login.busy" : "login.failed");
                }
            }
        }
    }

    /** Whole seconds under two minutes, whole minutes (rounded up) from there. */
    private static void showWait(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 120) {
            Messages.addGlobalError("login.throttled.seconds", seconds);
        } else {
            Messages.addGlobalError("login.throttled.minutes", (seconds + 59) / 60);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
