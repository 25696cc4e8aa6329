/**
 * An organisation with its type and contacts.
 */
package nl.samenduurzaam.portal.organisation.entity;
