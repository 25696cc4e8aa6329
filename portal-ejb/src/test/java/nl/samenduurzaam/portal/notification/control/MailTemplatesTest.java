package nl.samenduurzaam.portal.notification.control;

import nl.samenduurzaam.portal.notification.entity.MailTemplate;
import nl.samenduurzaam.portal.notification.entity.RenderedMail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailTemplatesTest {

    private static final String LINK = "https://portaal.example.org/partner/ideas.xhtml?task=42&x=1";

    static Stream<Arguments> everyTemplateInEveryLanguage() {
        return Arrays.stream(MailTemplate.values()).flatMap(template -> Stream.of(
                Arguments.of(template, Locale.forLanguageTag("nl")), Arguments.of(template, Locale.ENGLISH)));
    }

    @ParameterizedTest
    @MethodSource("everyTemplateInEveryLanguage")
    void everyTemplateRendersWithEveryArgumentFilledInBothLanguages(MailTemplate template, Locale language) {
        Object[] arguments = new Object[template.arguments()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = "argument-" + i;
        }

        RenderedMail mail = MailTemplates.render(template, language, LINK, null, arguments);

        for (String part : new String[] {mail.subject(), mail.text(), mail.html()}) {
            assertThat(part).doesNotContain("{", "}", "???");
        }
        // every argument is used somewhere: a text that forgot {2} drops the reason
        for (Object argument : arguments) {
            assertThat(mail.subject() + mail.text()).contains(argument.toString());
        }
        assertThat(mail.text()).contains(LINK);
        assertThat(mail.html()).contains("href=\"" + LINK.replace("&", "&amp;") + "\"")
                .contains("<html lang=\"" + language.getLanguage() + "\">");
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndTheyDiffer() {
        ResourceBundle dutch = bundle(Locale.forLanguageTag("nl"));
        ResourceBundle english = bundle(Locale.ENGLISH);
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(dutch.keySet());
        assertThat(english.getString("mail.link")).isNotEqualTo(dutch.getString("mail.link"));
        assertThat(MailTemplates.render(MailTemplate.DECISION_PARKED, Locale.forLanguageTag("nl"), LINK, null, "SD-1",
                "Buurttuin", "Eerst budget").subject()).isEqualTo("Idee geparkeerd: SD-1 Buurttuin");
        assertThat(MailTemplates.render(MailTemplate.DECISION_PARKED, Locale.ENGLISH, LINK, null, "SD-1",
                "Buurttuin", "Eerst budget").subject()).isEqualTo("Idea parked: SD-1 Buurttuin");
    }

    @Test
    void whatPeopleTypedIsEscapedInTheHtmlAndAMissingReasonIsSaid() {
        RenderedMail mail = MailTemplates.render(MailTemplate.DECISION_NOT_PURSUED, Locale.forLanguageTag("nl"), LINK,
                null, "SD-1", "<script>alert(1)</script>", null);

        assertThat(mail.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(mail.text()).contains("<script>alert(1)</script>", "(geen toelichting gegeven)");
    }

    @Test
    void aRequiredMailSaysItCannotBeSwitchedOffAndAnOptionalOneWhereToChoose() {
        assertThat(MailTemplates.render(MailTemplate.TASK_ACCEPT_OWNERSHIP, Locale.ENGLISH, LINK, null, "SD-1", "T").text())
                .contains("You always receive this message");
        assertThat(MailTemplates.render(MailTemplate.REMINDER_OWNERSHIP, Locale.ENGLISH, LINK, null, "SD-1", "T").text())
                .contains("You choose which messages you receive");
    }

    @Test
    void aMailThatMayBeSwitchedOffCarriesItsUnsubscribeLinkAsTextAndAsALink() {
        String unsubscribe = "https://portaal.example.org/unsubscribe.xhtml?token=abc.DECISION.xyz";
        RenderedMail mail = MailTemplates.render(MailTemplate.DECISION_SELECTED, Locale.forLanguageTag("nl"), LINK,
                unsubscribe, "SD-1", "Zonnedaken \"Born\"", "Past goed");

        assertThat(mail.text()).contains("Meld u af: " + unsubscribe);
        assertThat(mail.html()).contains("<a href=\"" + unsubscribe + "\"", "&quot;Zonnedaken &quot;Born&quot;&quot;")
                .doesNotContain("Born&quot;\"");
    }

    @Test
    void aTextOfTheBundleIsReadInTheRecipientsLanguage() {
        assertThat(MailTemplates.render(MailTemplate.GROUP_TASK, Locale.ENGLISH, LINK, null, "SD-1", "T",
                new MailText("mail.task-name.screenIdea")).subject()).contains("Screen the idea");
    }

    @Test
    void theWrongNumberOfArgumentsIsRefused() {
        assertThatThrownBy(() -> MailTemplates.render(MailTemplate.DECISION_PARKED, Locale.ENGLISH, LINK, null, "SD-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(MailTemplates.BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
