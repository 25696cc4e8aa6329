/**
 * An assessment with its scores per criterion, and the criteria with their weights.
 */
package nl.samenduurzaam.portal.assessment.entity;
