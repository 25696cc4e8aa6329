/**
 * Who calls (username and portal roles, from the EJB context) and the portal's role names. Every feature may use
 * it; it uses no feature.
 */
package nl.samenduurzaam.portal.security;
