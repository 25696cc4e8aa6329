package nl.samenduurzaam.workflow.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * The engine's job executor on the server's concurrency resources: jobs are acquired on a managed thread and run on
 * the managed executor, so the steps they call reach EJBs and CDI beans with the application's context. Each run
 * starts and ends on a thread without a transaction: a pooled thread never hands a stale one to the next job.
 * Sized for a small server: few jobs per acquisition.
 */
class ManagedJobExecutor extends JobExecutor {

    private static final Logger LOG = Logger.getLogger(ManagedJobExecutor.class.getName());

    private final ManagedExecutorService executor;
    private final ManagedThreadFactory threadFactory;
    private final TransactionManager transactionManager;

    ManagedJobExecutor(ManagedExecutorService executor, ManagedThreadFactory threadFactory,
                       TransactionManager transactionManager) {
        this.executor = executor;
        this.threadFactory = threadFactory;
        this.transactionManager = transactionManager;
        setMaxJobsPerAcquisition(3);
        setWaitTimeInMillis(5_000);
        setMaxWait(60_000);
        // the portal's jobs take well under a second: a job locked by a node that crashed runs again after a minute
        // (the engine's default, five minutes, left escalations and scores waiting that long)
        setLockTimeInMillis(60_000);
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
    protected void startJobAcquisitionThread() {
        if (jobAcquisitionThread == null) {
            jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
            jobAcquisitionThread.start();
        }
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        Runnable jobs = getExecuteJobsRunnable(jobIds, processEngine);
        try {
            executor.execute(() -> {
                leaveNoTransaction();
                try {
                    jobs.run();
                } finally {
                    leaveNoTransaction();
                }
            });
        } catch (RejectedExecutionException busy) {
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        }
    }

    private void leaveNoTransaction() {
        try {
            int status = transactionManager.getStatus();
            if (status != Status.STATUS_NO_TRANSACTION) {
                LOG.warning(() -> "A job thread carried a transaction (status " + status + "); rolled back");
                transactionManager.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException unexpected) {
            LOG.warning(() -> "Could not clear a job thread's transaction: " + unexpected);
        }
    }
}
