/**
 * The caller's account entity, password hashing and the login throttle, for the account boundary and the features
 * that scope by the caller's organisation.
 */
package nl.samenduurzaam.portal.account.control;
