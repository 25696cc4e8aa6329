/**
 * Reads of organisations for other features' boundaries (the names of the organisations that hold an idea's steps);
 * not a boundary: no page calls it, so it opens nothing to a caller guessing ids.
 */
package nl.samenduurzaam.portal.organisation.control;
