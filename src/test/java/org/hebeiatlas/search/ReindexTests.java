package org.hebeiatlas.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hebeiatlas.AtlasIntegrationTest;
import org.hebeiatlas.curation.Curators;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class ReindexTests {

	// language=GraphQL
	private static final String REINDEX = """
			mutation { reindex { durationMs counts { type documents stored } } }
			""";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Test
	void shouldRebuildTheIndexAndReportItsCounts() {
		// A rebuild takes seconds on a busy machine: wait longer than the tester's default of five.
		var response = Curators.asCurator(this.graphQlTester.mutate().responseTimeout(Duration.ofMinutes(2)).build())
			.document(REINDEX)
			.execute();
		response.errors().verify();
		List<Map<String, Object>> counts = response.path("reindex.counts")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(counts).extracting((count) -> count.get("type"))
			.contains("Company", "Product", "Cluster", "County");
		assertThat(counts).allSatisfy((count) -> assertThat(count.get("documents")).isEqualTo(count.get("stored")));
		assertThat(counts).filteredOn((count) -> count.get("type").equals("Company"))
			.singleElement()
			.satisfies((count) -> assertThat(count.get("documents")).isEqualTo(67));
		response.path("reindex.durationMs").entity(Integer.class).satisfies((ms) -> assertThat(ms).isNotNegative());
		this.graphQlTester.document("{ search(query: \"cashmere\", first: 3) { edges { node { ... on Company { slug } ... on Cluster { slug } } } } }")
			.execute()
			.path("search.edges[*].node.slug")
			.entityList(String.class)
			.contains("qinghe-cashmere");
	}

	@Test
	void shouldRefuseAnonymousReindexing() {
		this.graphQlTester.document(REINDEX)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
	}

}
