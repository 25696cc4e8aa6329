package nl.samenduurzaam.portal.role.boundary;

import nl.samenduurzaam.portal.role.entity.MunicipalRole;
import nl.samenduurzaam.portal.role.entity.NsobPerspective;

public record RoleView(String code, String nameNl, String nameEn, NsobPerspective perspective) {

    static RoleView of(MunicipalRole role) {
        return new RoleView(role.getCode(), role.getName().nameNl(), role.getName().nameEn(), role.getPerspective());
    }
}
