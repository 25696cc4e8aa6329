/**
 * The score an idea's assessments add up to, read by the process's selection step.
 */
package nl.samenduurzaam.portal.assessment.control;
