/**
 * The one door through which a boundary's refusal reaches the person: a Faces exception handler turns a refusal
 * thrown by any action or view action into translated messages beside the fields it names, on the same page. Views
 * call boundaries without catching; anything that is not a refusal goes on to the error page.
 */
package nl.samenduurzaam.portal.web.refusal;
