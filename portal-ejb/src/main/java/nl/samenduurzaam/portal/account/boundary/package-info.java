/**
 * Accounts of the portal's users: login, the functional administrator's account management, password reset
 * requests and the export of a person's own data. Uses the organisation, audit and security features.
 */
package nl.samenduurzaam.portal.account.boundary;
