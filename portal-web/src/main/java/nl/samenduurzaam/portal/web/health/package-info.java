/**
 * The readiness check (database and process engine) for /health.
 */
package nl.samenduurzaam.portal.web.health;
