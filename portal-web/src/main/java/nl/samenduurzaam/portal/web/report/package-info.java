/**
 * Management's reports page and its exports (spreadsheet, PDF).
 */
package nl.samenduurzaam.portal.web.report;
