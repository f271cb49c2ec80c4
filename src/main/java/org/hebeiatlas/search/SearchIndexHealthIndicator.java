package org.hebeiatlas.search;

import org.hebeiatlas.search.SearchIndexer.IndexCount;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code searchIndex} health component: up when the index can be read and holds one document per database row of
 * every indexed type; the counts are in the details.
 */
@Component("searchIndex")
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

	private final SearchIndexer indexer;

	SearchIndexHealthIndicator(SearchIndexer indexer) {
		super("The search index cannot be read");
		this.indexer = indexer;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		boolean inStep = true;
		for (IndexCount count : this.indexer.counts()) {
			builder.withDetail(count.type(), count);
			inStep &= count.inStep();
		}
		builder.withDetail("inStep", inStep);
		if (inStep) {
			builder.up();
		}
		else {
			builder.down();
		}
	}

}
