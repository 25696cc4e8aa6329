package nl.samenduurzaam.portal.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * The code and the Dutch and English names of an item of reference data (a theme, an assessment criterion, a role of
 * the municipality): the code is what data and reports keep, the names are what people read.
 */
@Embeddable
public class CodedName {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_nl", nullable = false, length = 200)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    protected CodedName() {
    }

    public CodedName(String code, String nameNl, String nameEn) {
        this.code = Objects.requireNonNull(code);
        this.nameNl = Objects.requireNonNull(nameNl);
        this.nameEn = Objects.requireNonNull(nameEn);
    }

    /** The same code under new names. */
    public CodedName renamed(String dutch, String english) {
        return new CodedName(code, dutch, english);
    }

    public String code() {
        return code;
    }

    public String nameNl() {
        return nameNl;
    }

    public String nameEn() {
        return nameEn;
    }
}
