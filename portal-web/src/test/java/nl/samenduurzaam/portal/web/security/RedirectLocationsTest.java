package nl.samenduurzaam.portal.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedirectLocationsTest {

    private static final String PUBLIC = "https://portal.sittard-geleen.nl";

    @Test
    void aPathStaysAPathWithoutAConfiguredAddress() {
        assertThat(RedirectLocations.of("/partner/ideas.xhtml", "evil.example", "/login.xhtml", ""))
                .isEqualTo("/login.xhtml");
        assertThat(RedirectLocations.of("/me/data.xhtml", "evil.example", "../index.xhtml?loggedOut=true", ""))
                .isEqualTo("/index.xhtml?loggedOut=true");
    }

    @Test
    void theConfiguredPublicAddressComesBeforeThePath() {
        assertThat(RedirectLocations.of("/r/12", "evil.example", "/sessions/room.xhtml?session=12", PUBLIC))
                .isEqualTo(PUBLIC + "/sessions/room.xhtml?session=12");
        assertThat(RedirectLocations.of("/tasks/task.xhtml", "localhost", "index.xhtml", PUBLIC))
                .isEqualTo(PUBLIC + "/tasks/index.xhtml");
    }

    @Test
    void anAbsoluteAddressOfTheRequestedHostLosesThatHost() {
        assertThat(RedirectLocations.of("/login.xhtml", "evil.example", "http://evil.example:8080/index.xhtml", ""))
                .isEqualTo("/index.xhtml");
        assertThat(RedirectLocations.of("/login.xhtml", "evil.example", "http://EVIL.example/a?b=c#d", PUBLIC))
                .isEqualTo(PUBLIC + "/a?b=c#d");
    }

    @Test
    void anotherSiteOnPurposeIsLeftAlone() {
        assertThat(RedirectLocations.of("/login.xhtml", "localhost", "https://www.sittard-geleen.nl/", ""))
                .isEqualTo("https://www.sittard-geleen.nl/");
    }

    @Test
    void somethingThatIsNoAddressGoesToTheStartPage() {
        assertThat(RedirectLocations.of("/login.xhtml", "localhost", "/a b<c>", PUBLIC)).isEqualTo(PUBLIC + "/");
    }
}
