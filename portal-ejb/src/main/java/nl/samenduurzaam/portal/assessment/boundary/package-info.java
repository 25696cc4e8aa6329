/**
 * Screeners' weighted assessments of an idea against the programme's criteria. Uses the idea feature to find the
 * idea.
 */
package nl.samenduurzaam.portal.assessment.boundary;
