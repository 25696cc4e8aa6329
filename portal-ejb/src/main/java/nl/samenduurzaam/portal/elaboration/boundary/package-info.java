/**
 * The owner's elaboration of a selected idea: plan, milestones, progress and completion, written only by the
 * owning organisation's partners.
 */
package nl.samenduurzaam.portal.elaboration.boundary;
