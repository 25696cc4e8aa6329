/**
 * Process reports from the engine's history: lead times per step, workload and overdue tasks.
 */
package nl.samenduurzaam.workflow.report.boundary;
