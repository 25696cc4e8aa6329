/**
 * The datasource, the schema migrations (Flyway) and the database health check.
 */
package nl.samenduurzaam.portal.infrastructure.persistence;
