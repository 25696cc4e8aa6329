/**
 * Co-creation sessions: programme, days, registrations per organisation.
 */
package nl.samenduurzaam.portal.session.boundary;
