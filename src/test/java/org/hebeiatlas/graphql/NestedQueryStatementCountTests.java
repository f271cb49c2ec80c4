package org.hebeiatlas.graphql;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hebeiatlas.dataset.SyntheticDataset;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relation fields are loaded in batches: a page of companies with everything around them costs the same number of SQL
 * statements whatever the number of rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
class NestedQueryStatementCountTests {

	private static final int COMPANIES = 150;

	/**
	 * One statement each: the page of companies, their count, counties, cities, clusters, products, awards given to
	 * the companies, awards given to their products, and sources.
	 */
	private static final long STATEMENTS = 9;

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Statistics statistics;

	@DynamicPropertySource
	static void syntheticDataset(DynamicPropertyRegistry registry) {
		Path file = SyntheticDataset.write(COMPANIES, Path.of("target", "test-datasets"));
		registry.add("atlas.dataset.location", () -> "file:" + file.toAbsolutePath());
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:statement-count;DB_CLOSE_DELAY=-1");
	}

	@BeforeEach
	void resetStatistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.clear();
	}

	@ParameterizedTest
	@ValueSource(ints = { 10, 60, 100 })
	void shouldRunAFixedNumberOfStatementsWhateverThePageSize(int first) {
		var response = this.graphQlTester.documentName("companiesNested").variable("first", first).execute();
		response.errors().verify();
		response.path("companies.totalCount").entity(Integer.class).isEqualTo(COMPANIES);
		response.path("companies.edges").entityList(Object.class).hasSize(first);
		response.path("companies.edges[*].node.products[*]").entityList(Object.class).hasSize(first * 3);
		response.path("companies.edges[*].node.clusters[*]").entityList(Object.class).hasSize(first * 2);
		response.path("companies.edges[*].node.county.city.slug")
			.entityList(String.class)
			.satisfies((cities) -> assertThat(cities).hasSize(first).containsOnly("testcity"));
		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(STATEMENTS);
	}

	@Test
	void shouldLoadAwardsOfCompaniesAndOfTheirProducts() {
		var response = this.graphQlTester.documentName("companiesNested").variable("first", 100).execute();
		List<Map<String, Object>> companies = response.path("companies.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		// Every fifth company holds an award, given to it and to one of its products: listed once.
		assertThat(companies).allSatisfy((company) -> {
			int number = Integer.parseInt(((String) company.get("slug")).substring("company-".length()));
			assertThat((List<?>) company.get("awards")).hasSize((number % 5 == 0) ? 1 : 0);
		});
	}

}
