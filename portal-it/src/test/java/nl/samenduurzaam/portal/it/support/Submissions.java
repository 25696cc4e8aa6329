package nl.samenduurzaam.portal.it.support;

import jakarta.enterprise.inject.spi.CDI;
import nl.samenduurzaam.portal.idea.boundary.IdeaSubmission;
import nl.samenduurzaam.portal.theme.boundary.Themes;

import java.util.UUID;

/** Ideas of the test's own: a title no other test uses (a unique suffix), in-container. */
public final class Submissions {

    private Submissions() {
    }

    /** An idea titled {@code title} plus a unique suffix, with a description, under the first theme. */
    public static IdeaSubmission titled(String title) {
        String unique = title + " " + UUID.randomUUID().toString().substring(0, 8);
        return new IdeaSubmission(unique, "Een beschrijving van " + title + ".", anyTheme());
    }

    /** The id of a theme ideas can be submitted under. */
    public static long anyTheme() {
        return CDI.current().select(Themes.class).get().all().get(0).id();
    }
}
