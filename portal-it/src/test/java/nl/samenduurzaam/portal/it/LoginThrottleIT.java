package nl.samenduurzaam.portal.it;

import jakarta.inject.Inject;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.LoginResult;
import nl.samenduurzaam.portal.account.boundary.NewAccount;
import nl.samenduurzaam.portal.organisation.boundary.Organisations;
import nl.samenduurzaam.portal.organisation.entity.OrganisationType;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.security.PortalRoles;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Password guessing against the deployed boundary: simultaneous guesses and a guesser next to the account's owner. */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

    private static final String PASSWORD = "Een lang wachtwoord!";
    private static final String GUESSER = "203.0.113.9";
    private static final String OWNER = "192.0.2.14";

    @Inject
    private Accounts accounts;

    @Inject
    private Organisations organisations;

    @Test
    void simultaneousGuessesCannotOutrunTheLimitWhileTheirHashesRun() throws Exception {
        String username = newAccount();

        Map<LoginResult.Outcome, Long> outcomes = simultaneously(12,
                () -> accounts.authenticate(username, "geraden wachtwoord".toCharArray(), GUESSER).outcome());

        assertThat(outcomes).containsEntry(LoginResult.Outcome.INVALID_CREDENTIALS, 5L)
                .containsEntry(LoginResult.Outcome.THROTTLED, 7L);
        LoginResult next = accounts.authenticate(username, PASSWORD.toCharArray(), GUESSER);
        assertThat(next.outcome()).as("even the right password waits").isEqualTo(LoginResult.Outcome.THROTTLED);
        assertThat(next.retryAfter()).isPositive();
    }

    @Test
    void aGuesserCannotKeepTheAccountsOwnerOut() {
        String username = newAccount();
        for (int guess = 0; guess < 8; guess++) {
            accounts.authenticate(username, ("guess " + guess).toCharArray(), GUESSER);
        }

        LoginResult owner = accounts.authenticate(username, PASSWORD.toCharArray(), OWNER);

        assertThat(owner.outcome()).isEqualTo(LoginResult.Outcome.SUCCESS);
        assertThat(owner.username()).isEqualTo(username);
    }

    private String newAccount() {
        Users.loginAs(Users.ADMIN);
        try {
            String suffix = Long.toString(System.nanoTime(), 36);
            long organisation = organisations.add("Gokkers " + suffix, OrganisationType.SOCIETAL_PARTNER).id();
            return accounts.create(new NewAccount("gok." + suffix, "Doelwit " + suffix, null, organisation,
                    Set.of(PortalRoles.PARTNER), PASSWORD)).username();
        } finally {
            Users.logout();
        }
    }

    private static <T> Map<T, Long> simultaneously(int attempts, Callable<T> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return attempt.call();
                }));
            }
            start.countDown();
            List<T> outcomes = new ArrayList<>();
            for (Future<T> result : results) {
                outcomes.add(result.get());
            }
            return outcomes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }
}
