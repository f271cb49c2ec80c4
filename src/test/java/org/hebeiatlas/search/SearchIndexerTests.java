package org.hebeiatlas.search;

import jakarta.persistence.EntityManager;
import org.hebeiatlas.AtlasIntegrationTest;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.dataset.DatasetImporter;
import org.hebeiatlas.dataset.DatasetProperties;
import org.hebeiatlas.dataset.DatasetReader;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows the database where JPA listeners cannot: at start-up, and after a dataset import that deletes
 * rows with SQL.
 */
@AtlasIntegrationTest
class SearchIndexerTests {

	@Autowired
	private SearchIndexer indexer;

	@Autowired
	private SearchService searchService;

	@Autowired
	private DatasetImporter importer;

	@Autowired
	private DatasetReader reader;

	@Autowired
	private DatasetProperties properties;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Test
	void shouldRebuildAnIndexThatLostDocuments() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		assertThat(outOfDate()).isFalse();
		transaction.executeWithoutResult((status) -> {
			Search.session(this.entityManager).workspace(Company.class).purge();
			Search.session(this.entityManager).workspace(Company.class).refresh();
		});
		assertThat(outOfDate()).isTrue();
		this.indexer.afterSingletonsInstantiated();
		assertThat(outOfDate()).isFalse();
		assertThat(firstSlug("red dot cookware")).isEqualTo("xingtai-sanxia-cast-iron");
	}

	@Test
	void shouldRebuildTheIndexAfterAnImport() {
		this.importer.replaceContent(this.reader.read(this.properties.location()));
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		assertThat(outOfDate()).isFalse();
		// The import gave every row a new id: hits must be the new rows, not stale documents of deleted ones.
		assertThat(firstSlug("cashmere")).isEqualTo("qinghe-cashmere");
		long rows = 0;
		for (String entity : new String[] { "Company", "Product", "Cluster", "County" }) {
			rows += transaction.execute((status) -> this.entityManager
				.createQuery("select count(e) from " + entity + " e", Long.class)
				.getSingleResult());
		}
		assertThat(this.searchService.search("", null, null, 1, null, false, false, false).totalCount())
			.isEqualTo(rows);
	}

	private boolean outOfDate() {
		return this.indexer.counts().stream().anyMatch((count) -> !count.inStep());
	}

	private String firstSlug(String query) {
		Object node = this.searchService.search(query, null, null, 1, null, false, false, false).edges().get(0).node();
		return ((org.hebeiatlas.model.NamedEntity) node).getSlug();
	}

}
