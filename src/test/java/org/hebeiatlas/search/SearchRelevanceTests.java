package org.hebeiatlas.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance suite: each row of {@code search/relevance.csv} is a query, what must (or must not) come back, and
 * optional filters, run through the {@code search} example operation.
 */
@AtlasIntegrationTest
class SearchRelevanceTests {

	@Autowired
	private HttpGraphQlTester graphQlTester;

	private HttpGraphQlTester tester;

	@BeforeEach
	void allowSlowMachines() {
		this.tester = this.graphQlTester.mutate().webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(1))).build();
	}

	@ParameterizedTest(name = "[{index}] {0} → {1} {2}")
	@CsvFileSource(resources = "/search/relevance.csv", numLinesToSkip = 1, delimiter = ';', quoteCharacter = '`')
	void shouldRankAsExpected(String query, String expectation, String filter) {
		List<Map<String, Object>> nodes = this.tester.documentName("search")
			.variable("query", query)
			.variable("filter", filter(filter))
			.variable("first", 50)
			.execute()
			.errors()
			.verify()
			.path("search.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map(SearchRelevanceTests::typed)
			.toList();
		List<String> hits = nodes.stream().map((node) -> node.get("__typename") + ":" + node.get("slug")).toList();
		String[] parts = expectation.split(" ", 2);
		switch (parts[0]) {
			case "first" -> assertThat(hits).as("hits of '%s'", query).isNotEmpty().first().isEqualTo(parts[1]);
			case "top3" -> assertThat(hits.subList(0, Math.min(3, hits.size()))).as("first hits of '%s'", query)
				.contains(parts[1]);
			case "none" -> assertThat(hits).as("hits of '%s'", query).isNotEmpty().doesNotContain(parts[1]);
			case "all" -> assertThat(nodes).as("hits of '%s'", query)
				.isNotEmpty()
				.allSatisfy((node) -> assertThat(node.get("__typename").toString().toUpperCase()).isEqualTo(parts[1]));
			default -> throw new IllegalArgumentException("Unknown expectation " + expectation);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> typed(Map<?, ?> node) {
		return (Map<String, Object>) node;
	}

	/** Reads the compact filter column, such as {@code types=CLUSTER&near=39.9 116.4 150}. */
	static Map<String, Object> filter(String spec) {
		Map<String, Object> filter = new LinkedHashMap<>();
		if (spec == null || spec.isBlank()) {
			return filter;
		}
		for (String criterion : spec.split("&")) {
			String[] keyValue = criterion.split("=", 2);
			String value = keyValue[1];
			switch (keyValue[0]) {
				case "types", "cities", "counties", "clusters", "industries" ->
					filter.put(keyValue[0], new ArrayList<>(Arrays.asList(value.split(","))));
				case "grantors" -> filter.put("awardGrantors", List.of(value));
				case "years" -> {
					String[] range = value.split("\\.\\.");
					filter.put("yearFrom", Integer.parseInt(range[0]));
					filter.put("yearTo", Integer.parseInt(range[1]));
				}
				case "near" -> {
					String[] circle = value.split(" ");
					filter.put("near", Map.of("latitude", Double.parseDouble(circle[0]), "longitude",
							Double.parseDouble(circle[1]), "radiusKm", Double.parseDouble(circle[2])));
				}
				default -> throw new IllegalArgumentException("Unknown filter " + criterion);
			}
		}
		return filter;
	}

}
