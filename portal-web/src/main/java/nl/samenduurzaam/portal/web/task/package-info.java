/**
 * Civil servants' task list and task page with one form per kind of task, the partner's tasks and management's
 * session selection. Talks to the workflow's task boundary.
 */
package nl.samenduurzaam.portal.web.task;
