package nl.samenduurzaam.portal.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CrossSiteRequestsTest {

    private static final String PUBLIC = "https://portal.sittard-geleen.nl";

    @Test
    void aPostFromAnotherSitesPageIsCrossSite() {
        assertThat(CrossSiteRequests.isCrossSite("POST", "https://evil.example", null, "localhost:8080", ""))
                .isTrue();
        assertThat(CrossSiteRequests.isCrossSite("POST", null, "https://evil.example/form.html", "localhost:8080",
                "")).as("only the referring page names it").isTrue();
        assertThat(CrossSiteRequests.isCrossSite("POST", "null", null, "localhost:8080", "")).isTrue();
        assertThat(CrossSiteRequests.isCrossSite("PUT", "http://localhost:9090", null, "localhost:8080", ""))
                .as("another port is another origin").isTrue();
    }

    @Test
    void aPostFromThePortalsOwnPagesIsNot() {
        assertThat(CrossSiteRequests.isCrossSite("POST", "http://localhost:8080", null, "localhost:8080", ""))
                .isFalse();
        assertThat(CrossSiteRequests.isCrossSite("POST", null, "http://LOCALHOST:8080/login.xhtml",
                "localhost:8080", "")).isFalse();
        assertThat(CrossSiteRequests.isCrossSite("POST", "https://portal.sittard-geleen.nl", null,
                "portal.sittard-geleen.nl:443", "")).as("default ports").isFalse();
        assertThat(CrossSiteRequests.isCrossSite("POST", PUBLIC, null, "10.0.0.5:8080", PUBLIC))
                .as("behind a proxy that does not keep the Host").isFalse();
    }

    @Test
    void readingAndRequestsNamingNoOriginAreLeftToTheOtherDefences() {
        assertThat(CrossSiteRequests.isCrossSite("GET", "https://evil.example", null, "localhost:8080", ""))
                .isFalse();
        assertThat(CrossSiteRequests.isCrossSite("POST", null, null, "localhost:8080", "")).isFalse();
    }
}
