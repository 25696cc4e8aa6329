/**
 * An idea's place in its process, as the idea page shows it: current steps, history and diagram.
 */
package nl.samenduurzaam.workflow.idea.boundary;
