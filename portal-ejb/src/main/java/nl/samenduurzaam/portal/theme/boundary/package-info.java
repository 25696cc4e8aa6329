/**
 * The programme's themes (opgaven), kept by the functional administrator.
 */
package nl.samenduurzaam.portal.theme.boundary;
