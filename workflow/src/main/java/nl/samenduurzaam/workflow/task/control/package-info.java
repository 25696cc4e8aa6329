/**
 * Which tasks a caller may see and do: candidate groups (roles and the caller's organisation) and running an
 * engine call as the caller.
 */
package nl.samenduurzaam.workflow.task.control;
