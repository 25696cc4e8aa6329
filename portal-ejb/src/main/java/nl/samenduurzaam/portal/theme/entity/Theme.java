package nl.samenduurzaam.portal.theme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.samenduurzaam.portal.common.CodedName;

/** An opgave (societal challenge) of the programme; reference data seeded by the migrations. */
@Entity
@Table(name = "theme")
@NamedQuery(name = Theme.ALL, query = "select t from Theme t order by t.position")
public class Theme {

    public static final String ALL = "Theme.all";

    @Id
    private Long id;

    @Embedded
    private CodedName name;

    @Column(nullable = false)
    private int position;

    protected Theme() {
    }

    public Theme(long id, String code, String nameNl, String nameEn, int position) {
        this.id = id;
        this.name = new CodedName(code, nameNl, nameEn);
        this.position = position;
    }

    /** A theme's names change; its code (used in data and reports) does not. */
    public void rename(String dutch, String english) {
        this.name = name.renamed(dutch, english);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return name.code();
    }

    public CodedName getName() {
        return name;
    }
}
