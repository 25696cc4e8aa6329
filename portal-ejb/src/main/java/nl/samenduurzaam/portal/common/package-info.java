/**
 * What every feature shares: the portal's exceptions with their message keys, paging, text rules as composed
 * constraints, clean log text and the clock. Depends on no feature.
 */
package nl.samenduurzaam.portal.common;
