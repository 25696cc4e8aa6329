/**
 * Insights of a co-creation session: captured, clustered and parked by the facilitator, and the participants' dot
 * vote. Knows no ideas (ideas know their insights).
 */
package nl.samenduurzaam.portal.insight.boundary;
