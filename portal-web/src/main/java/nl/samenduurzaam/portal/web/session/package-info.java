/**
 * Sessions, the facilitator's insight board and the participants' dot vote.
 */
package nl.samenduurzaam.portal.web.session;
