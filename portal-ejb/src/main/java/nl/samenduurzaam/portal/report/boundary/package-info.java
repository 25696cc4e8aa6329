/**
 * Programme reports for management from the domain's tables: the funnel, ownership answers and escalations, the
 * municipal role mix.
 */
package nl.samenduurzaam.portal.report.boundary;
