package org.hebeiatlas.graphql;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;

import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hebeiatlas.graphql.RawGraphQlHttp.assertOpaque;
import static org.hebeiatlas.graphql.RawGraphQlHttp.assertRefused;
import static org.hebeiatlas.graphql.RawGraphQlHttp.read;

/**
 * GraphQL over HTTP as its spec says: both response media types, queries over GET, and a 4xx answer with a GraphQL
 * error for each kind of request that is not well-formed.
 */
@AtlasIntegrationTest
class GraphQlHttpTests {

	private static final String PROVINCE = "{ province { name } }";

	private static final Map<String, Object> HEBEI = Map.of("data", Map.of("province", Map.of("name", "Hebei")));

	@LocalServerPort
	private int port;

	private RawGraphQlHttp http;

	@BeforeEach
	void connect() {
		this.http = new RawGraphQlHttp(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/graphql-response+json", "application/json" })
	void shouldAnswerInTheMediaTypeAsked(String mediaType) {
		HttpResponse<String> response = this.http.postQuery(PROVINCE, "Accept", mediaType);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(mediaType);
		assertThat(read(response)).isEqualTo(HEBEI);
	}

	@Test
	void shouldAnswerInJsonWhenNoMediaTypeIsAsked() {
		HttpResponse<String> response = this.http.postQuery(PROVINCE);

		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(read(response)).isEqualTo(HEBEI);
	}

	@Test
	void shouldAnswerAnInvalidDocumentWith400InTheGraphQlResponseMediaType() {
		HttpResponse<String> response = this.http.postQuery("{ province { population } }", "Accept",
				"application/graphql-response+json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(read(response)).doesNotContainKey("data").containsKey("errors");
		assertOpaque(response);
	}

	@Test
	void shouldRunAQueryOverGet() {
		HttpResponse<String> response = this.http.get(Map.of("query",
				"query countyName($slug: String!) { county(slug: $slug) { name } } query other { province { name } }",
				"operationName", "countyName", "variables", "{\"slug\": \"qinghe\"}"), "Accept",
				"application/graphql-response+json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/graphql-response+json");
		assertThat(read(response)).isEqualTo(Map.of("data", Map.of("county", Map.of("name", "Qinghe"))));
	}

	@Test
	void shouldRefuseAMutationOverGetWith405() {
		HttpResponse<String> response = this.http
			.get(Map.of("query", "mutation { deleteCounty(input: { id: \"x\" }) { deletedId } }"));

		Map<String, Object> error = assertRefused(response, 405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		assertThat(error.get("message")).isEqualTo("Only queries can be sent with GET: send mutations with POST.");
	}

	@Test
	void shouldRefuseGetWithoutAQuery() {
		assertRefused(this.http.get(Map.of()), 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "[1]", "{\"slug\": ", "\"qinghe\"" })
	void shouldRefuseGetWithVariablesThatAreNotAJsonObject(String variables) {
		assertRefused(this.http.get(Map.of("query", PROVINCE, "variables", variables)), 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"query\": ", "{query: '{ province { name } }'}", "", "   ", "<query/>",
			"{\"query\": \"{ province { name } }\"} trailing" })
	void shouldRefuseMalformedJson(String body) {
		Map<String, Object> error = assertRefused(this.http.post("application/json", body), 400);
		assertThat(error.get("message")).isEqualTo("The request body is not valid JSON.");
	}

	@Test
	void shouldRefuseABatchOfOperations() {
		String batch = "[" + RawGraphQlHttp.body(PROVINCE) + ", " + RawGraphQlHttp.body(PROVINCE) + "]";

		Map<String, Object> error = assertRefused(this.http.post("application/json", batch), 400);
		assertThat(error.get("message"))
			.isEqualTo("Batched requests are not supported: send one operation per request.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"query\": null}", "{\"query\": \"\"}", "{\"query\": 42}",
			"{\"variables\": {}}" })
	void shouldRefuseARequestWithoutAQuery(String body) {
		Map<String, Object> error = assertRefused(this.http.post("application/json", body), 400);
		assertThat(error.get("message"))
			.isEqualTo("The request has no 'query': send the GraphQL document as a string.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"query\": \"{ province { name } }\", \"variables\": []}",
			"{\"query\": \"{ province { name } }\", \"variables\": \"x\"}",
			"{\"query\": \"{ province { name } }\", \"extensions\": 1}",
			"{\"query\": \"{ province { name } }\", \"operationName\": {}}", "42", "\"{ province { name } }\"" })
	void shouldRefuseFieldsOfTheWrongKind(String body) {
		assertRefused(this.http.post("application/json", body), 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/plain", "application/x-www-form-urlencoded", "application/graphql",
			"application/xml", "multipart/form-data; boundary=x", ";;;", "nonsense" })
	void shouldRefuseContentTypesItCannotRead(String contentType) {
		assertRefused(this.http.post(contentType, RawGraphQlHttp.body(PROVINCE)), 415);
	}

	@Test
	void shouldRefuseABodyWithoutContentType() {
		assertRefused(this.http.send("POST", "/graphql", BodyPublishers.ofString(RawGraphQlHttp.body(PROVINCE))), 415);
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/html", "application/xml", "image/*", "not a media type" })
	void shouldRefuseToAnswerInMediaTypesItCannotWrite(String accept) {
		assertRefused(this.http.postQuery(PROVINCE, "Accept", accept), 406);
		assertRefused(this.http.get(Map.of("query", PROVINCE), "Accept", accept), 406);
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "DELETE", "PATCH" })
	void shouldRefuseOtherMethodsWith405(String method) {
		HttpResponse<String> response = this.http.send(method, "/graphql",
				BodyPublishers.ofString(RawGraphQlHttp.body(PROVINCE)), "Content-Type", "application/json");

		assertRefused(response, 405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET,POST");
	}

}
