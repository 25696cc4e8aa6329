package nl.samenduurzaam.portal.it.support;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A mail as it arrived at the test SMTP server: what its reader sees, and its Message-ID. */
public record ReceivedMail(String to, String subject, String text, String html, String messageId, String language) {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** The links of the plain text, in order. */
    public List<String> links() {
        Matcher matcher = LINK.matcher(text);
        return matcher.results().map(match -> match.group()).toList();
    }

    /**
     * The mail's link into the portal (the first; an unsubscribe link may follow in the footer), as a path with its
     * query: the test server's address comes from the test.
     */
    public String linkPath() {
        List<String> links = links();
        if (links.isEmpty()) {
            throw new AssertionError("No link in \"" + subject + "\"");
        }
        URI link = URI.create(links.get(0));
        return link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
    }
}
