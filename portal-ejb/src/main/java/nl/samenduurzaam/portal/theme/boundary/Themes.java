package nl.samenduurzaam.portal.theme.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.common.SingleLineText;
import nl.samenduurzaam.portal.security.Caller;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.util.List;

/** The programme's themes (opgaven): public reference data, kept by the functional administrator. */
@Stateless
@PermitAll
public class Themes {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    public List<ThemeSummary> all() {
        return em.createNamedQuery(Theme.ALL, Theme.class).getResultStream().map(ThemeSummary::of).toList();
    }

    /** A new theme, last in the list; its code is fixed once chosen. */
    @RolesAllowed(PortalRoles.ADMIN)
    public ThemeSummary add(@NotBlank(message = "{theme.code.required}")
                            @Pattern(regexp = "[A-Z][A-Z_]{1,39}", message = "{theme.code.format}") String code,
                            @NotBlank(message = "{theme.name.required}") @Size(max = 200, message = "{theme.name.too-long}")
                            @SingleLineText String nameNl,
                            @NotBlank(message = "{theme.name.required}") @Size(max = 200, message = "{theme.name.too-long}")
                            @SingleLineText String nameEn) {
        List<Theme> existing = em.createNamedQuery(Theme.ALL, Theme.class).getResultList();
        if (existing.stream().anyMatch(theme -> theme.getCode().equals(code))) {
            throw new PortalException("theme.code.taken");
        }
        long id = existing.stream().mapToLong(Theme::getId).max().orElse(0) + 1;
        Theme theme = new Theme(id, code, nameNl.strip(), nameEn.strip(), existing.size() + 1);
        em.persist(theme);
        em.flush();
        audit.done(caller.username(), "theme.add", "theme", code, null);
        return ThemeSummary.of(theme);
    }

    @RolesAllowed(PortalRoles.ADMIN)
    public ThemeSummary rename(@NotBlank @Size(max = 40) String code,
                               @NotBlank(message = "{theme.name.required}")
                               @Size(max = 200, message = "{theme.name.too-long}")
                               @SingleLineText
                               String nameNl,
                               @NotBlank(message = "{theme.name.required}")
                               @Size(max = 200, message = "{theme.name.too-long}")
                               @SingleLineText
                               String nameEn) {
        Theme theme = em.createNamedQuery(Theme.ALL, Theme.class).getResultStream()
                .filter(candidate -> candidate.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("idea.theme.unknown"));
        theme.rename(nameNl.strip(), nameEn.strip());
        audit.done(caller.username(), "theme.rename", "theme", code, null);
        return ThemeSummary.of(theme);
    }
}
