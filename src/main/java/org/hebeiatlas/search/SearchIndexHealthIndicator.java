package org.hebeiatlas.search;

import org.hebeiatlas.search.SearchIndexer.IndexCount;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The {@code searchIndex} health component: up when the index can be read and holds one document per database row of
 * every indexed type; the counts are in the details. With asynchronous indexing (outbox-polling coordination, several
 * instances) the index trails the database by design, so there it is up whenever the index can be read, and the
 * details say whether it is in step and how many changes are still queued.
 */
@Component("searchIndex")
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

	private static final String COORDINATION = "spring.jpa.properties.hibernate.search.coordination.strategy";

	private final SearchIndexer indexer;

	private final boolean asynchronous;

	SearchIndexHealthIndicator(SearchIndexer indexer, Environment environment) {
		super("The search index cannot be read");
		this.indexer = indexer;
		this.asynchronous = "outbox-polling".equals(environment.getProperty(COORDINATION));
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		boolean inStep = true;
		for (IndexCount count : this.indexer.counts()) {
			builder.withDetail(count.type(), count);
			inStep &= count.inStep();
		}
		builder.withDetail("inStep", inStep);
		if (this.asynchronous) {
			builder.withDetail("pendingIndexingEvents", this.indexer.pendingIndexingEvents());
		}
		if (inStep || this.asynchronous) {
			builder.up();
		}
		else {
			builder.down();
		}
	}

}
