package nl.samenduurzaam.portal.role.boundary;

import java.io.Serializable;

import nl.samenduurzaam.portal.role.entity.MunicipalRole;
import nl.samenduurzaam.portal.role.entity.NsobPerspective;

public record RoleView(String code, String nameNl, String nameEn, NsobPerspective perspective) implements Serializable {

    static RoleView of(MunicipalRole role) {
        return new RoleView(role.getCode(), role.getName().nameNl(), role.getName().nameEn(), role.getPerspective());
    }
}
