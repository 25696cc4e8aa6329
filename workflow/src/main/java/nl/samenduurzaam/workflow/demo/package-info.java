/**
 * Puts the demo ideas' processes at their steps and writes their history, for the demo only.
 */
package nl.samenduurzaam.workflow.demo;
