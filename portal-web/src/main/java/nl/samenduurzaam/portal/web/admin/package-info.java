/**
 * The functional administrator's pages: accounts, organisations, themes, role catalogue and criteria weights.
 */
package nl.samenduurzaam.portal.web.admin;
