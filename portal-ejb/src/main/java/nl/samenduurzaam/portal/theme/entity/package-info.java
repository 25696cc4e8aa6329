/**
 * A theme with its code and Dutch and English names.
 */
package nl.samenduurzaam.portal.theme.entity;
