/**
 * Mail as people steer it: their choices per kind on "Mijn gegevens", and the page of the link in a mail that stops a
 * kind without logging in.
 */
package nl.samenduurzaam.portal.web.notification;
