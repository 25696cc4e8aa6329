package nl.samenduurzaam.portal.role.boundary;

import java.io.Serializable;

/** A role of the catalogue as the functional administrator keeps it: offered for new proposals or not. */
public record CatalogueEntry(RoleView role, boolean offered) implements Serializable {
}
