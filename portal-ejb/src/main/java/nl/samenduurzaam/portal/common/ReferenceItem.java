package nl.samenduurzaam.portal.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An item of reference data (a theme, an assessment criterion, a role of the municipality): the id the migration that
 * seeds it gives, its code and names, and its place in the lists that show it.
 */
@MappedSuperclass
public abstract class ReferenceItem {

    @Id
    private Long id;

    @Embedded
    private CodedName name;

    @Column(nullable = false)
    private int position;

    protected ReferenceItem() {
    }

    protected ReferenceItem(long id, CodedName name, int position) {
        this.id = id;
        this.name = name;
        this.position = position;
    }

    /** New names for the same code: a code never changes once data refers to it. */
    protected void renameTo(String dutch, String english) {
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
