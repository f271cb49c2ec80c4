package org.hebeiatlas.dataset;

import org.hebeiatlas.dataset.DatasetImporter.ImportSummary;

/**
 * What the importer tells the rest of the application while it replaces the content. Both events are published inside
 * the import's transaction: the old rows are deleted with SQL, which no JPA listener (such as the search index) sees,
 * so listeners that keep derived data must rebuild it once the transaction has committed
 * ({@code @TransactionalEventListener}).
 */
public sealed interface DatasetImportEvent {

	/** The old content has just been deleted; the new content is about to be written. */
	record Started(String location) implements DatasetImportEvent {
	}

	/** The new content is written and will be committed with the transaction. */
	record Finished(ImportSummary summary) implements DatasetImportEvent {
	}

}
