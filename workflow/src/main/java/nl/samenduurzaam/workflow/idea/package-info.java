/**
 * The ideaLifecycle process: its keys and variables (IdeaLifecycle), the steps bean the model calls, and the start
 * of a process for every submitted idea. Uses the domain's boundaries; the domain never uses it.
 */
package nl.samenduurzaam.workflow.idea;
