package org.hebeiatlas.graphql;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQuery;
import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hebeiatlas.graphql.RawGraphQlHttp.assertRefused;
import static org.hebeiatlas.graphql.RawGraphQlHttp.read;

/**
 * Hostile requests against the default limits: each is refused whole, before it runs, with an error naming the limit.
 */
@AtlasIntegrationTest
class RequestLimitsTests {

	private static final int DEFAULT_MAX_BODY_SIZE = 100 * 1024;

	@LocalServerPort
	private int port;

	private RawGraphQlHttp http;

	@BeforeEach
	void connect() {
		this.http = new RawGraphQlHttp(this.port);
	}

	@Test
	void shouldRefuseAThousandAliases() {
		Map<String, Object> error = assertRefused(this.http.postQuery(aliases(1000)), 200);

		assertThat(error).containsEntry("message",
				"Alias count 1000 exceeds the limit of 30 (atlas.graphql.limits.max-aliases).");
	}

	@Test
	void shouldRunThirtyAliasesButNotThirtyOne() {
		HttpResponse<String> thirty = this.http.postQuery(aliases(30));
		assertThat(read(thirty)).doesNotContainKey("errors");

		Map<String, Object> error = assertRefused(this.http.postQuery(aliases(31)), 200);
		assertThat(error).extractingByKey("extensions")
			.isEqualTo(Map.of("classification", "BAD_REQUEST", "limit", "atlas.graphql.limits.max-aliases"));
	}

	@Test
	void shouldRefuseDepthFifty() {
		Map<String, Object> error = assertRefused(this.http.postQuery(depth(50)), 200);

		assertThat(error).containsEntry("message",
				"Query depth 50 exceeds the limit of 15 (atlas.graphql.limits.max-depth).");
	}

	@Test
	void shouldRefuseAQueryThatWouldCostTooMuch() {
		// 100 companies × 10 clusters × 10 companies × 10 clusters
		String query = "{ companies(first: 100) { edges { node { clusters { companies { clusters { name } } } } } } }";

		Map<String, Object> error = assertRefused(this.http.postQuery(query), 200);

		assertThat(error).containsEntry("message",
				"Query complexity 111202 exceeds the limit of 50000 (atlas.graphql.limits.max-complexity).");
	}

	@Test
	void shouldAnswerARefusalWith400InTheGraphQlResponseMediaType() {
		assertRefused(this.http.postQuery(depth(50), "Accept", "application/graphql-response+json"), 400);
	}

	@Test
	void shouldRefuseAFiveMegabyteQueryWith413() {
		String query = "{ province { name " + " ".repeat(5 * 1024 * 1024) + "} }";

		Map<String, Object> error = assertRefused(this.http.postQuery(query), 413);

		assertThat((String) error.get("message")).startsWith("Request body of 52")
			.endsWith("bytes exceeds the limit of 102400 bytes (atlas.graphql.limits.max-body-size).");
	}

	@Test
	void shouldReadABodyAtTheLimitButNotOneByteMore() {
		String body = RawGraphQlHttp.body("{ province { name } }");
		String atTheLimit = body + " ".repeat(DEFAULT_MAX_BODY_SIZE - body.length());

		assertThat(read(this.http.post("application/json", atTheLimit))).doesNotContainKey("errors");
		assertRefused(this.http.post("application/json", atTheLimit + " "), 413);
	}

	@Test
	void shouldLetGraphiQlIntrospectTheSchema() {
		Map<String, Object> response = read(this.http.postQuery(IntrospectionQuery.INTROSPECTION_QUERY));

		assertThat(response).doesNotContainKey("errors").containsKey("data");
	}

	private static String aliases(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj((i) -> "a" + i + ": province { name }")
			.collect(Collectors.joining(" ", "{ ", " }"));
	}

	/** Province, its cities, their counties, the counties' city, its counties, … down to a name. */
	private static String depth(int levels) {
		List<String> fields = new ArrayList<>(List.of("province", "cities"));
		while (fields.size() < levels - 1) {
			fields.add((fields.size() % 2 == 0) ? "counties" : "city");
		}
		return "{ " + String.join(" { ", fields) + " { name" + " }".repeat(fields.size()) + " }";
	}

}
