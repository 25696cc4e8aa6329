package nl.samenduurzaam.portal.theme.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.samenduurzaam.portal.common.CodedName;
import nl.samenduurzaam.portal.common.ReferenceItem;

/** An opgave (societal challenge) of the programme; reference data seeded by the migrations. */
@Entity
@Table(name = "theme")
@NamedQuery(name = Theme.ALL, query = "select t from Theme t order by t.position")
public class Theme extends ReferenceItem {

    public static final String ALL = "Theme.all";

    protected Theme() {
    }

    public Theme(long id, String code, String nameNl, String nameEn, int position) {
        super(id, new CodedName(code, nameNl, nameEn), position);
    }

    /** A theme's names change; its code (used in data and reports) does not. */
    public void rename(String dutch, String english) {
        renameTo(dutch, english);
    }
}
