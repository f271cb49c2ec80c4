package org.hebeiatlas.graphql;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;

import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hebeiatlas.graphql.RawGraphQlHttp.read;

/**
 * The default (development) run: introspection and GraphiQL on, no other origin allowed.
 */
@AtlasIntegrationTest
class DefaultProfileTests {

	@LocalServerPort
	private int port;

	private RawGraphQlHttp http;

	@BeforeEach
	void connect() {
		this.http = new RawGraphQlHttp(this.port);
	}

	@Test
	void shouldAnswerIntrospection() {
		assertThat(read(this.http.postQuery("{ __schema { queryType { name } } }")))
			.containsEntry("data", Map.of("__schema", Map.of("queryType", Map.of("name", "Query"))));
	}

	@Test
	void shouldServeGraphiQl() {
		assertThat(this.http.send("GET", "/graphiql", BodyPublishers.noBody()).statusCode()).isLessThan(400);
	}

	@Test
	void shouldAllowNoOtherOrigin() {
		HttpResponse<String> preflight = this.http.send("OPTIONS", "/graphql", BodyPublishers.noBody(), "Origin",
				"https://front.example", "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
				"content-type");
		HttpResponse<String> post = this.http.postQuery("{ province { name } }", "Origin", "https://front.example");

		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

}
