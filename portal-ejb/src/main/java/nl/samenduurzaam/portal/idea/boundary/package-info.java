/**
 * Ideas: submission, the organisation-scoped idea page and search, published ideas, ideas made from a session's
 * insights, and LifecycleSteps, the one door through which the process moves an idea.
 */
package nl.samenduurzaam.portal.idea.boundary;
