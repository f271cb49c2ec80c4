package org.hebeiatlas.graphql;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hebeiatlas.graphql.RawGraphQlHttp.assertOpaque;
import static org.hebeiatlas.graphql.RawGraphQlHttp.assertRefused;
import static org.hebeiatlas.graphql.RawGraphQlHttp.read;

/**
 * Each limit, set low by its property: a request at the limit runs, one just over it is refused with an error naming
 * the property.
 */
@AtlasIntegrationTest
@TestPropertySource(properties = { "atlas.graphql.limits.max-depth=4", "atlas.graphql.limits.max-complexity=202",
		"atlas.graphql.limits.max-aliases=2", "atlas.graphql.limits.max-body-size=1KB",
		"atlas.graphql.limits.timeout=3s" })
@Import(SlowAndFailingOperations.class)
@ExtendWith(OutputCaptureExtension.class)
class ConfiguredLimitsTests {

	@LocalServerPort
	private int port;

	private RawGraphQlHttp http;

	@BeforeEach
	void connect() {
		this.http = new RawGraphQlHttp(this.port);
	}

	@Test
	void shouldRunDepthFourButNotFive() {
		assertRuns("{ province { cities { counties { name } } } }");
		assertRefusedFor("{ province { cities { counties { city { name } } } } }",
				"Query depth 5 exceeds the limit of 4 (atlas.graphql.limits.max-depth).");
	}

	@Test
	void shouldRunComplexity202ButNot203() {
		// 1 + edges (1 + 100 × (node 1 + code 1)) = 202, and totalCount adds 1.
		assertRuns("{ sources(first: 100) { edges { node { code } } } }");
		assertRefusedFor("{ sources(first: 100) { totalCount edges { node { code } } } }",
				"Query complexity 203 exceeds the limit of 202 (atlas.graphql.limits.max-complexity).");
	}

	@Test
	void shouldRunTwoAliasesButNotThree() {
		assertRuns("{ a: province { name } b: province { name } }");
		assertRefusedFor("{ a: province { name } b: province { name } c: province { name } }",
				"Alias count 3 exceeds the limit of 2 (atlas.graphql.limits.max-aliases).");
	}

	@Test
	void shouldReadOneKilobyteButNotOneByteMore() {
		String body = RawGraphQlHttp.body("{ province { name } }");
		String atTheLimit = body + " ".repeat(1024 - body.length());

		assertThat(read(this.http.post("application/json", atTheLimit))).doesNotContainKey("errors");
		Map<String, Object> error = assertRefused(this.http.post("application/json", atTheLimit + " "), 413);
		assertThat(error).containsEntry("message",
				"Request body of 1025 bytes exceeds the limit of 1024 bytes (atlas.graphql.limits.max-body-size).");
	}

	@Test
	void shouldEndARequestThatRunsLongerThanTheTimeout() {
		assertRefusedFor("{ slow }", "Request time exceeds the limit of 3s (atlas.graphql.limits.timeout).");
	}

	@Test
	void shouldLogTheIdOfAnUnexpectedFailureThatTheClientGets(CapturedOutput output) {
		HttpResponse<String> response = this.http.postQuery("{ failing }");

		assertOpaque(response);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> errors = (List<Map<String, Object>>) read(response).get("errors");
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error).extractingByKey("extensions").isEqualTo(Map.of("classification", "INTERNAL_ERROR"));
			String message = (String) error.get("message");
			assertThat(message).startsWith("INTERNAL_ERROR for ");
			String id = message.substring("INTERNAL_ERROR for ".length());
			assertThat(output).contains(id).contains(SlowAndFailingOperations.SECRET);
		});
	}

	private void assertRuns(String query) {
		assertThat(read(this.http.postQuery(query))).doesNotContainKey("errors").containsKey("data");
	}

	private void assertRefusedFor(String query, String message) {
		Map<String, Object> error = assertRefused(this.http.postQuery(query), 200);
		assertThat(error).containsEntry("message", message);
		assertRefused(this.http.postQuery(query, "Accept", "application/graphql-response+json"), 400);
	}

}
