/**
 * Expression language support: record components readable in pages.
 */
package nl.samenduurzaam.portal.web.el;
