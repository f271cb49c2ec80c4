package org.hebeiatlas.graphql;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;

import graphql.introspection.Introspection;
import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hebeiatlas.graphql.RawGraphQlHttp.read;

/**
 * The {@code prod} profile: no introspection, no GraphiQL, no schema download; and a front-end origin allowed by
 * {@code spring.graphql.cors.allowed-origins}.
 */
@AtlasIntegrationTest
@ActiveProfiles({ "test", "prod" })
@TestPropertySource(properties = "spring.graphql.cors.allowed-origins=https://atlas.example.org")
class ProductionProfileTests {

	private static final String FRONT_END = "https://atlas.example.org";

	@LocalServerPort
	private int port;

	private RawGraphQlHttp http;

	@BeforeEach
	void connect() {
		this.http = new RawGraphQlHttp(this.port);
	}

	// Spring Boot turns introspection off for the whole JVM, which the other tests' contexts share.
	@AfterAll
	static void enableIntrospectionAgain() {
		Introspection.enabledJvmWide(true);
	}

	@Test
	void shouldRefuseIntrospection() {
		Map<String, Object> response = read(this.http.postQuery("{ __schema { queryType { name } } }"));

		assertThat(response).containsKey("errors");
		assertThat(response.get("data")).isNull();
	}

	@Test
	void shouldStillAnswerQueries() {
		assertThat(read(this.http.postQuery("{ province { name } }")))
			.isEqualTo(Map.of("data", Map.of("province", Map.of("name", "Hebei"))));
	}

	@Test
	void shouldServeNeitherGraphiQlNorTheSchema() {
		assertThat(this.http.send("GET", "/graphiql", BodyPublishers.noBody()).statusCode()).isEqualTo(404);
		assertThat(this.http.send("GET", "/graphql/schema", BodyPublishers.noBody()).statusCode()).isEqualTo(404);
	}

	@Test
	void shouldLetTheConfiguredFrontEndCallTheApi() {
		HttpResponse<String> preflight = preflight(FRONT_END);
		HttpResponse<String> post = this.http.postQuery("{ province { name } }", "Origin", FRONT_END);

		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONT_END);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET,POST");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
				(headers) -> assertThat(headers.toLowerCase()).contains("content-type", "authorization"));
		assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONT_END);
	}

	@Test
	void shouldRefuseOtherOrigins() {
		HttpResponse<String> preflight = preflight("https://elsewhere.example");

		assertThat(preflight.statusCode()).isEqualTo(403);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private HttpResponse<String> preflight(String origin) {
		return this.http.send("OPTIONS", "/graphql", BodyPublishers.noBody(), "Origin", origin,
				"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type,authorization");
	}

}
