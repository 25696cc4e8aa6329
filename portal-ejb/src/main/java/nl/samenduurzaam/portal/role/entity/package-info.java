/**
 * Role assignments, the role catalogue with NSOB perspectives, and the conflicts between roles.
 */
package nl.samenduurzaam.portal.role.entity;
