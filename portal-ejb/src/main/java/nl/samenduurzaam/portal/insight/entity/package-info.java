/**
 * An insight, its cluster and the participants' votes.
 */
package nl.samenduurzaam.portal.insight.entity;
