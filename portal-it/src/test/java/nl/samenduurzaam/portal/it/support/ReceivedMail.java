package nl.samenduurzaam.portal.it.support;

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

    /** The one link into the portal, as a path with its query (the test server's address comes from the test). */
    public String linkPath() {
        List<String> links = links();
        if (links.size() != 1) {
            throw new AssertionError("Expected one link in \"" + subject + "\", found " + links);
        }
        return java.net.URI.create(links.get(0)).getRawPath() + "?" + java.net.URI.create(links.get(0)).getRawQuery();
    }
}
