/**
 * Writes audit entries (in their own transaction for refusals) and refuses a call the caller's organisation may
 * not make. Uses only the security package for the caller; no other feature.
 */
package nl.samenduurzaam.portal.audit.control;
