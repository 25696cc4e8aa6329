package nl.samenduurzaam.portal.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.omnifaces.util.Messages;

/**
 * Lets every message added with a bundle key ({@code Messages.addGlobalError(key)}) show the bundle's text in the
 * user's language.
 */
@ApplicationScoped
public class MessagesFromBundle {

    void install(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Messages.setResolver((message, params) -> Texts.get(message, params));
    }
}
