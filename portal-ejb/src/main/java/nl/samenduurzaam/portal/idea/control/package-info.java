/**
 * Idea numbers, intake (storing a new idea and announcing it to the process), lookup and search for the idea
 * boundaries.
 */
package nl.samenduurzaam.portal.idea.control;
