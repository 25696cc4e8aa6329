/**
 * The demo programme (organisations, accounts, a co-creation session, ideas in every state) loaded into an empty
 * database when the run command asks for it.
 */
package nl.samenduurzaam.portal.demo;
