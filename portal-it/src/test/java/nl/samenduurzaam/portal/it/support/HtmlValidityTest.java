package nl.samenduurzaam.portal.it.support;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker the browser tests rely on finds what the portal's pages had wrong, and passes what is right. */
class HtmlValidityTest {

    private static final String HEAD = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"><title>t</title>"
            + "</head><body>";

    @Test
    void aValidPageHasNoErrors() {
        List<HtmlValidity.Message> messages = HtmlValidity.validate(HEAD
                + "<table><tr><td>cel</td></tr></table><input type=\"hidden\" name=\"s\" value=\"1\"></body></html>");

        assertThat(messages).noneMatch(HtmlValidity.Message::isError);
    }

    @Test
    void theMistakesOfPrimeFacesAndFacesDefaultsAreErrorsWithTheMarkupQuoted() {
        List<HtmlValidity.Message> messages = HtmlValidity.validate(HEAD
                + "<table><tr><td role=\"gridcell\">cel</td></tr></table>"
                + "<input type=\"hidden\" name=\"s\" autocomplete=\"off\"></body></html>");

        assertThat(messages).filteredOn(HtmlValidity.Message::isError).hasSize(2)
                .anySatisfy(error -> assertThat(error.toString()).contains("“role”")
                        .contains("at: <td role=\"gridcell\">"))
                .anySatisfy(error -> assertThat(error.toString()).contains("“autocomplete”"));
    }

    @Test
    void aCharsetAfterTheFirstKilobyteIsAnError() {
        String late = "<!DOCTYPE html><html lang=\"nl\"><head><title>t</title><style>" + "p{}".repeat(400)
                + "</style><meta charset=\"UTF-8\"></head><body><p>x</p></body></html>";

        assertThat(HtmlValidity.validate(late)).filteredOn(HtmlValidity.Message::isError)
                .anySatisfy(error -> assertThat(error.text()).contains("1024 bytes"));
    }
}
