/**
 * A session with its days, agenda and registrations.
 */
package nl.samenduurzaam.portal.session.entity;
