package nl.samenduurzaam.portal.report.boundary;

import nl.samenduurzaam.portal.role.entity.NsobPerspective;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The municipality's roles in the ideas: per role how many ideas have it (as primary or secondary role), per NSOB
 * perspective how many ideas have a primary role of that perspective, and how many role proposals combine roles
 * that conflict (each justified, or it would not have been accepted).
 */
public record RoleMix(List<RoleCount> roles, Map<NsobPerspective, Long> perspectives, long conflicting,
                      long approved) implements Serializable {

    public RoleMix {
        roles = List.copyOf(roles);
        perspectives = Map.copyOf(perspectives);
    }

    public record RoleCount(String code, String nameNl, String nameEn, long ideas) implements Serializable {
    }
}
