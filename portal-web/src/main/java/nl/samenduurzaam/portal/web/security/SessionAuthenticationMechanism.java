package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenduurzaam.portal.account.control.CredentialChanges;
import nl.samenduurzaam.portal.common.LogText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The portal's login: credentials from the login page ({@code SecurityContext.authenticate}) are checked by the
 * identity store; the caller's name and groups are then kept in the HTTP session and handed to the container, groups
 * included, on every request of that session.
 * <p>
 * Why not {@code @CustomFormAuthenticationMechanismDefinition}: its {@code @AutoApplySession} hands the container
 * only the session's principal and lets Payara 6 find the groups through the thread's security context, which
 * concurrent requests of one session race for (Payara #6145, and #6342 on another cluster member): the request then
 * has a caller but no roles and is refused with 403. Here each request gets its groups from the session itself.
 * <p>
 * A visitor who is not logged in and asks for a protected page is redirected to the login page, which leads back to
 * that page after the login ({@link ReturnAfterLogin}).
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    private static final Logger LOG = Logger.getLogger(SessionAuthenticationMechanism.class.getName());

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private CredentialChanges credentialChanges;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (CrossSiteRequests.isCrossSite(request)) {
            return refuseCrossSite(request, response);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return login(request, context, credential);
        }
        SignedInCaller caller = SignedInCaller.of(request.getSession(false));
        if (caller != null && (caller.outlived(Instant.now())
                || credentialChanges.changedSince(caller.name(), caller.signedInAt()))) {
            // the absolute lifetime has passed, or the password changed since this login: the session ends,
            // whatever it holds, and the person logs in again
            request.getSession().invalidate();
            caller = null;
        }
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            ReturnAfterLogin.remember(request);
            return PartialRedirect.isAjax(request) ? ajaxRedirect(response, request.getContextPath() + LOGIN_PAGE)
                    : redirect(request, response, request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            SignedInCaller.forget(request.getSession(false));
            // the login page says why (LoginAttempt); the response stays the login page itself
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedInCaller caller = new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups(),
                Instant.now());
        caller.keepIn(request.getSession());
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }

    /** 403 and a refusal page, without reading or starting a session (no new cookie for the victim). */
    private static AuthenticationStatus refuseCrossSite(HttpServletRequest request, HttpServletResponse response) {
        LOG.warning(() -> "Refused a " + LogText.clean(request.getMethod()) + " from another site ("
                + LogText.clean(request.getHeader("Origin") != null ? request.getHeader("Origin")
                : request.getHeader("Referer")) + ") to " + LogText.clean(request.getRequestURI()));
        try {
            PlainErrorPage.send(request, response, HttpServletResponse.SC_FORBIDDEN, "error.forbidden.title",
                    "error.cross-site.text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Not {@code context.redirect}: the container would build the address from the request's Host header. */
    private static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response,
                                                 String url) {
        try {
            HostIndependentRedirectFilter.redirect(request, response, url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) {
        try {
            PartialRedirect.send(response, url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SignedInCaller.forget(request.getSession(false));
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
