/**
 * The partner's ideas, the idea page with its process diagram, and the public page of published ideas.
 */
package nl.samenduurzaam.portal.web.idea;
