/**
 * The audit log as management and the administrator read it.
 */
package nl.samenduurzaam.portal.audit.boundary;
