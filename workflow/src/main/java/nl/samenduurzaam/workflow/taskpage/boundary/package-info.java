/**
 * A civil servant's task page in one call: the task, its idea's page and what the task decides on, read in one
 * transaction. It uses the task and idea slices of the workflow and the domain's boundaries; nothing uses it but the
 * web.
 */
package nl.samenduurzaam.workflow.taskpage.boundary;
