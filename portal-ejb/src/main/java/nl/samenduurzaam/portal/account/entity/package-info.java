/**
 * The account (username, roles, language, organisation) and the password reset request. May use the organisation
 * entities.
 */
package nl.samenduurzaam.portal.account.entity;
