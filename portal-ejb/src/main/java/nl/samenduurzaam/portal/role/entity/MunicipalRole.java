package nl.samenduurzaam.portal.role.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.samenduurzaam.portal.common.CodedName;
import nl.samenduurzaam.portal.common.ReferenceItem;

import java.util.HashSet;
import java.util.Set;

/** A role the municipality can take in an idea, from the catalogue the functional administrator keeps. */
@Entity
@Table(name = "municipal_role")
@NamedQuery(name = MunicipalRole.CATALOGUE,
        query = "select r from MunicipalRole r where r.active = true order by r.position")
@NamedQuery(name = MunicipalRole.ALL, query = "select r from MunicipalRole r order by r.position")
public class MunicipalRole extends ReferenceItem {

    public static final String CATALOGUE = "MunicipalRole.catalogue";
    public static final String ALL = "MunicipalRole.all";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NsobPerspective perspective;

    @Column(nullable = false)
    private boolean active;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "municipal_role_conflict", joinColumns = @JoinColumn(name = "role_id"),
            inverseJoinColumns = @JoinColumn(name = "conflicting_role_id"))
    private Set<MunicipalRole> conflictsWith = new HashSet<>();

    @Version
    private long version;

    protected MunicipalRole() {
    }

    public MunicipalRole(long id, String code, String nameNl, String nameEn, NsobPerspective perspective) {
        super(id, new CodedName(code, nameNl, nameEn), 0);
        this.perspective = perspective;
        this.active = true;
    }

    /** Declares that this role and the other one together need an explicit justification (both ways). */
    public void conflictWith(MunicipalRole other) {
        if (other.getCode().equals(getCode())) {
            throw new IllegalArgumentException("A role does not conflict with itself");
        }
        conflictsWith.add(other);
        other.conflictsWith.add(this);
    }

    /** An inactive role is no longer offered for new proposals; proposals that have it keep it. */
    public void changeActive(boolean offered) {
        this.active = offered;
    }

    public boolean conflictsWith(MunicipalRole other) {
        return conflictsWith.stream().anyMatch(role -> role.getCode().equals(other.getCode()));
    }

    public NsobPerspective getPerspective() {
        return perspective;
    }

    public boolean isActive() {
        return active;
    }
}
