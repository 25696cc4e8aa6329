/** The mail about co-creation sessions: a registration confirmed, and the reminder the day before. */
package nl.samenduurzaam.portal.session.control;
