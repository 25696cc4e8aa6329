/**
 * The elaboration with its milestones and progress updates, and the rules for changing them.
 */
package nl.samenduurzaam.portal.elaboration.entity;
