package nl.samenduurzaam.portal.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.notification.boundary.MailPreferenceView;
import nl.samenduurzaam.portal.notification.boundary.MailPreferences;
import nl.samenduurzaam.portal.notification.entity.MailChoice;
import nl.samenduurzaam.portal.notification.entity.MailKind;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** "Which e-mail do I get" on Mijn gegevens: per kind immediately, in the daily digest or never. */
@Named
@ViewScoped
public class MailPreferencesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailPreferences preferences;

    private List<MailPreferenceView> kinds;
    private final Map<MailKind, MailChoice> chosen = new EnumMap<>(MailKind.class);

    @PostConstruct
    void load() {
        kinds = preferences.mine();
        chosen.clear();
        kinds.forEach(kind -> chosen.put(kind.kind(), kind.choice()));
    }

    public void save() {
        for (MailPreferenceView kind : kinds) {
            MailChoice choice = chosen.get(kind.kind());
            if (!kind.required() && choice != null && choice != kind.choice()) {
                preferences.choose(kind.kind(), choice);
            }
        }
        load();
        Messages.addGlobalInfo("mail.preferences.saved");
    }

    public List<MailPreferenceView> getKinds() {
        return kinds;
    }

    public Map<MailKind, MailChoice> getChosen() {
        return chosen;
    }

    public MailChoice[] getChoices() {
        return MailChoice.values();
    }
}
