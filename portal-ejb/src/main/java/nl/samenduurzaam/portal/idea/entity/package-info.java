/**
 * The idea with its status machine and timeline, and its number. May use the theme, session, insight, organisation
 * and account entities.
 */
package nl.samenduurzaam.portal.idea.entity;
