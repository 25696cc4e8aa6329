package nl.samenduurzaam.workflow.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;

/**
 * The engine's job executor on the server's managed executor: jobs (timers, asynchronous steps) run on container
 * threads, so the steps they call reach EJBs and CDI beans with the application's context and transactions.
 * Sized for a small server: few jobs per acquisition, executed by the server's pool.
 */
class ManagedJobExecutor extends JobExecutor {

    private final ManagedExecutorService executor;

    ManagedJobExecutor(ManagedExecutorService executor) {
        this.executor = executor;
        setMaxJobsPerAcquisition(3);
        setWaitTimeInMillis(5_000);
        setMaxWait(60_000);
        setLockTimeInMillis(5 * 60_000);
    }

    @Override
    protected void startExecutingJobs() {
        startJobAcquisitionThread();
    }

    @Override
    protected void stopExecutingJobs() {
        stopJobAcquisitionThread();
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        try {
            executor.execute(getExecuteJobsRunnable(jobIds, processEngine));
        } catch (RejectedExecutionException busy) {
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        }
    }
}
