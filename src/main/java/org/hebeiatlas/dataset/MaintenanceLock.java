package org.hebeiatlas.dataset;

import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lock in the database that the instances sharing it take in turn for work that only one should do at a time:
 * importing the dataset, rebuilding the search index. Held by a transaction of its own (a row locked for update),
 * so a crashed instance releases it with its connection.
 */
@Component
public class MaintenanceLock {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	MaintenanceLock(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		// Also called right after another transaction commits (an import's index rebuild): always a new one.
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Waits for the lock, runs the work while holding it, and releases it; work that joins the transaction commits
	 * with it.
	 */
	public <T> T whileHolding(Supplier<T> work) {
		return this.transaction.execute((status) -> {
			this.jdbc.queryForObject("select name from maintenance_lock where name = 'maintenance' for update",
					String.class);
			return work.get();
		});
	}

	public void whileHolding(Runnable work) {
		whileHolding(() -> {
			work.run();
			return null;
		});
	}

}
