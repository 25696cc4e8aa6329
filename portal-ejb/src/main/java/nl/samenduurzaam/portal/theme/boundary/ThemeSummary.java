package nl.samenduurzaam.portal.theme.boundary;

import nl.samenduurzaam.portal.theme.entity.Theme;

import java.io.Serializable;
import java.util.Locale;

public record ThemeSummary(long id, String code, String nameNl, String nameEn) implements Serializable {

    public static ThemeSummary of(Theme theme) {
        return new ThemeSummary(theme.getId(), theme.getCode(), theme.getName().nameNl(), theme.getName().nameEn());
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }
}
