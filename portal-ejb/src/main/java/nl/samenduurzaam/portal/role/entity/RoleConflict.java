package nl.samenduurzaam.portal.role.entity;

import java.io.Serializable;

/** Two roles of one assignment that conflict, such as funder and regulator of the same idea. */
public record RoleConflict(String roleCode, String conflictingRoleCode) implements Serializable {
}
