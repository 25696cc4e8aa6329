package nl.samenduurzaam.portal.theme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Objects;

/** An opgave (societal challenge) of the programme; reference data seeded by the migrations. */
@Entity
@Table(name = "theme")
@NamedQuery(name = Theme.ALL, query = "select t from Theme t order by t.position")
public class Theme {

    public static final String ALL = "Theme.all";

    @Id
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_nl", nullable = false, length = 200)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    protected Theme() {
    }

    public Theme(long id, String code, String nameNl, String nameEn, int position) {
        this.id = id;
        this.code = Objects.requireNonNull(code);
        this.position = position;
        rename(nameNl, nameEn);
    }

    /** A theme's names change; its code (used in data and reports) does not. */
    public void rename(String dutch, String english) {
        this.nameNl = Objects.requireNonNull(dutch);
        this.nameEn = Objects.requireNonNull(english);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }
}
