/**
 * The owner's elaboration page.
 */
package nl.samenduurzaam.portal.web.elaboration;
