package nl.samenduurzaam.portal.notification.control;

import nl.samenduurzaam.portal.notification.entity.MailKind;
import nl.samenduurzaam.portal.notification.entity.MailTemplate;
import nl.samenduurzaam.portal.notification.entity.RenderedMail;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a mail in its recipient's language, as plain text and as HTML with the same words: greeting, the template's
 * paragraphs, the link into the portal and the footer that says why the mail came. Every argument is text typed by
 * somebody (a title, a reason): the HTML escapes it, the plain text keeps it as it is.
 */
public final class MailTemplates {

    static final String BUNDLE = "notification.mail";
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://(?:(?!&quot;|&#39;|&lt;|&gt;)[^\\s<\"])+");
    private static final ResourceBundle.Control DUTCH_BASE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MailTemplates() {
    }

    /**
     * The mail of {@code template} in {@code language}, with {@code link} (absolute) as its way into the portal and,
     * for a mail that may be switched off, {@code unsubscribeLink} (absolute) that stops its kind (null for none).
     *
     * @throws IllegalArgumentException when the arguments do not match the template
     * @throws MissingResourceException when the language lacks one of the template's texts
     */
    public static RenderedMail render(MailTemplate template, Locale language, String link, String unsubscribeLink,
                                      Object... arguments) {
        if (arguments.length != template.arguments()) {
            throw new IllegalArgumentException(template + " takes " + template.arguments() + " arguments, not "
                    + arguments.length);
        }
        ResourceBundle texts = texts(language);
        Object[] filled = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof MailText text) {
                filled[i] = format(texts, text.key(), language);
            } else {
                filled[i] = arguments[i] == null || arguments[i].toString().isBlank()
                        ? texts.getString("mail.no-reason") : arguments[i];
            }
        }
        String subject = format(texts, template.subjectKey(), language, filled);
        List<String> paragraphs = new ArrayList<>();
        if (!template.greetsByName()) {
            paragraphs.add(texts.getString("mail.greeting"));
        }
        paragraphs.addAll(List.of(format(texts, template.bodyKey(), language, filled).split("\n\n")));
        List<String> footer = new ArrayList<>(List.of(texts.getString("mail.footer.automatic"),
                texts.getString(footerKey(template))));
        if (unsubscribeLink != null) {
            footer.add(format(texts, "mail.footer.unsubscribe", language, unsubscribeLink));
        }
        return new RenderedMail(subject.replaceAll("\\s+", " ").strip(),
                text(paragraphs, format(texts, "mail.link.plain", language, Objects.requireNonNull(link)), footer),
                html(subject, language, paragraphs, link, texts.getString("mail.link"), footer));
    }

    /** Why the mail came: it always comes, it came as the person chose, or it is the digest they chose. */
    private static String footerKey(MailTemplate template) {
        if (template.kind() == MailKind.DIGEST) {
            return "mail.footer.digest";
        }
        return template.kind().isRequired() ? "mail.footer.required" : "mail.footer.optional";
    }

    /** The bundle of the mail texts in {@code language} (Dutch for any other). */
    public static ResourceBundle texts(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, MailTemplates.class.getClassLoader(), DUTCH_BASE);
    }

    /** A text of the bundle, every one a MessageFormat pattern (a quote written twice). */
    public static String format(ResourceBundle texts, String key, Locale language, Object... arguments) {
        return new MessageFormat(texts.getString(key), language).format(arguments);
    }

    private static String text(List<String> paragraphs, String link, List<String> footer) {
        StringBuilder text = new StringBuilder();
        paragraphs.forEach(paragraph -> text.append(paragraph).append("\n\n"));
        text.append(link).append("\n\n-- \n");
        footer.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    private static String html(String subject, Locale language, List<String> paragraphs, String link, String linkLabel,
                               List<String> footer) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.getLanguage())
                .append("\">\n<head><meta charset=\"UTF-8\"><title>").append(escape(subject))
                .append("</title></head>\n<body style=\"font-family: Arial, sans-serif; font-size: 16px; "
                        + "line-height: 1.5; color: #1a1a1a;\">\n");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(linked(escape(paragraph)).replace("\n", "<br>")).append("</p>\n");
        }
        html.append("<p><a href=\"").append(escape(link)).append("\" style=\"color: #00540f;\">")
                .append(escape(linkLabel)).append("</a></p>\n<hr>\n");
        for (String line : footer) {
            html.append("<p style=\"font-size: 14px; color: #4a4a4a;\">").append(linked(escape(line)))
                    .append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** The addresses in an escaped text as links (a digest lists its links, a footer its unsubscribe link). */
    private static String linked(String escaped) {
        return WEB_ADDRESS.matcher(escaped).replaceAll(match -> Matcher.quoteReplacement("<a href=\"" + match.group()
                + "\" style=\"color: #00540f;\">" + match.group() + "</a>"));
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
