/**
 * Organisations (partners, companies, the municipality) kept by the functional administrator. Knows no accounts.
 */
package nl.samenduurzaam.portal.organisation.boundary;
