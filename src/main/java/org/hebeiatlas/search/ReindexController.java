package org.hebeiatlas.search;

import java.util.List;

import org.hebeiatlas.search.SearchIndexer.IndexCount;
import org.hebeiatlas.security.CuratorOnly;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code reindex} mutation.
 */
@Controller
@CuratorOnly
class ReindexController {

	private final SearchIndexer indexer;

	ReindexController(SearchIndexer indexer) {
		this.indexer = indexer;
	}

	@MutationMapping
	ReindexPayload reindex() {
		long took = this.indexer.rebuild().toMillis();
		return new ReindexPayload(this.indexer.counts(), took);
	}

	record ReindexPayload(List<IndexCount> counts, long durationMs) {
	}

}
