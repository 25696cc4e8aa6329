/**
 * The task list and the completion of every kind of task with its form, under the caller's groups and
 * organisation.
 */
package nl.samenduurzaam.workflow.task.boundary;
