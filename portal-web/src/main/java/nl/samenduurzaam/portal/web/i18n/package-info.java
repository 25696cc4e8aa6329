/**
 * Texts from the resource bundles in the reader's language (Dutch first, English second), dates, and boundary
 * refusals shown as translated messages.
 */
package nl.samenduurzaam.portal.web.i18n;
