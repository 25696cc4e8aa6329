/**
 * The municipal role per idea: proposed by a role holder, approved or sent back by management (four eyes), and the
 * role catalogue.
 */
package nl.samenduurzaam.portal.role.boundary;
