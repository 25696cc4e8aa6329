/**
 * Login, logout, the session authentication mechanism, password reset requests, error pages and security headers.
 */
package nl.samenduurzaam.portal.web.security;
