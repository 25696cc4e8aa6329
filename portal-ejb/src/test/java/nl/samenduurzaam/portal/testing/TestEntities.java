package nl.samenduurzaam.portal.testing;

import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.organisation.entity.OrganisationType;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Entities for plain unit tests, with the ids the database would give them. */
public final class TestEntities {

    private static final AtomicLong IDS = new AtomicLong(1000);

    private TestEntities() {
    }

    public static <T> T withId(T entity) {
        return withId(entity, IDS.incrementAndGet());
    }

    public static <T> T withId(T entity, long id) {
        set(entity, "id", id);
        return entity;
    }

    public static Organisation organisation(String name) {
        return withId(new Organisation(name, OrganisationType.SOCIETAL_PARTNER));
    }

    public static Account partner(String username, Organisation organisation) {
        return withId(new Account(username, username, null, "hash", organisation, Locale.forLanguageTag("nl"),
                Set.of(PortalRoles.PARTNER)));
    }

    public static Theme theme(String code) {
        return new Theme(IDS.incrementAndGet(), code, code, code, 0);
    }

    private static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
