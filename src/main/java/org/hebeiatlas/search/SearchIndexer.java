package org.hebeiatlas.search;

import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.company.Brand;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.City;
import org.hebeiatlas.county.County;
import org.hebeiatlas.dataset.DatasetImportEvent;
import org.hebeiatlas.dataset.MaintenanceLock;
import org.hebeiatlas.product.Product;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the database where JPA listeners cannot: builds it at start-up when it is
 * empty or out of date, and rebuilds it after every dataset import (which deletes rows with SQL). Instances sharing a
 * database rebuild in turn ({@link MaintenanceLock}), each checking again once it has the lock, so one rebuild serves
 * them all; the others go on serving meanwhile.
 */
@Component
class SearchIndexer implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexer.class);

	static final List<Class<?>> INDEXED_TYPES = List.of(Company.class, Product.class, Cluster.class, County.class,
			Brand.class, City.class);

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final TransactionTemplate readOnly;

	private final MaintenanceLock lock;

	private final JdbcTemplate jdbc;

	SearchIndexer(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			PlatformTransactionManager transactionManager, MaintenanceLock lock, JdbcTemplate jdbc) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.lock = lock;
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	/** Runs before the web server starts, so that no request sees an index that lags behind the database. */
	@Override
	public void afterSingletonsInstantiated() {
		this.lock.whileHolding(() -> {
			// Pending indexing events (outbox-polling coordination) mean the index is catching up, not out of date.
			if (pendingIndexingEvents() == 0 && counts().stream().anyMatch((count) -> !count.inStep())) {
				rebuildHoldingLock();
			}
		});
	}

	/** Indexing entity by entity is wasted work during an import: the whole index is rebuilt once it commits. */
	@EventListener
	void importStarted(DatasetImportEvent.Started event) {
		Search.session(this.entityManager).indexingPlanFilter((filter) -> filter.exclude(Object.class));
	}

	@TransactionalEventListener
	void importFinished(DatasetImportEvent.Finished event) {
		rebuild();
	}

	/** Rebuilds the whole index from the database: purges it, then indexes every entity again. */
	Duration rebuild() {
		return this.lock.whileHolding(this::rebuildHoldingLock);
	}

	private Duration rebuildHoldingLock() {
		long start = System.nanoTime();
		try {
			Search.mapping(this.entityManagerFactory)
				.scope(Object.class)
				.massIndexer()
				.purgeAllOnStart(true)
				.threadsToLoadObjects(2)
				// Entities load a hundred at a time (and their associations by batch fetching): fewer statements.
				.batchSizeToLoadObjects(100)
				// One segment per index: every query then visits one term dictionary per field, not one per
				// segment.
				.mergeSegmentsOnFinish(true)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		logger.info("Rebuilt the search index in {} ms", took.toMillis());
		return took;
	}

	/**
	 * Changes committed to the database whose indexing is still queued: always none with the default, synchronous
	 * indexing; with outbox-polling coordination, the events that no instance has processed yet.
	 */
	long pendingIndexingEvents() {
		Long pending = this.jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
		return (pending != null) ? pending : 0;
	}

	/** For each indexed type, the documents in the index and the rows in the database. */
	List<IndexCount> counts() {
		return this.readOnly.execute((status) -> {
			SearchSession session = Search.session(this.entityManager);
			return INDEXED_TYPES.stream().map((type) -> {
				long indexed = session.search(type).where((f) -> f.matchAll()).fetchTotalHitCount();
				long stored = this.entityManager
					.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class)
					.getSingleResult();
				if (indexed != stored) {
					logger.info("Search index out of date: {} {} indexed, {} in the database", indexed,
							type.getSimpleName(), stored);
				}
				return new IndexCount(type.getSimpleName(), indexed, stored);
			}).toList();
		});
	}

	/** How many documents of a type the index holds, beside how many rows the database holds. */
	record IndexCount(String type, long documents, long stored) {

		boolean inStep() {
			return this.documents == this.stored;
		}

	}

}
