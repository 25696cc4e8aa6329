/**
 * The embedded Camunda engine: built on the portal's datasource inside container-managed transactions, its schema
 * migrations, the job executor on the server's threads and the deployment of the process models.
 */
package nl.samenduurzaam.workflow.engine;
