/**
 * An audited action with its actor, target and outcome.
 */
package nl.samenduurzaam.portal.audit.entity;
