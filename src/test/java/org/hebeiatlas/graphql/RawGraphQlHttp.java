package org.hebeiatlas.graphql;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * Hand-made HTTP requests to the application under test, for what a GraphQL client hides: status codes, headers, and
 * the bodies of requests that are not well-formed.
 */
public final class RawGraphQlHttp {

	private static final JsonMapper json = new JsonMapper();

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String base;

	public RawGraphQlHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	/** The JSON body of a POST request for this query. */
	public static String body(String query) {
		return json.writeValueAsString(Map.of("query", query));
	}

	public HttpResponse<String> postQuery(String query, String... headers) {
		return post("application/json", body(query), headers);
	}

	public HttpResponse<String> post(String contentType, String body, String... headers) {
		return send("POST", "/graphql", BodyPublishers.ofString(body),
				concat(headers, "Content-Type", contentType));
	}

	public HttpResponse<String> get(Map<String, String> parameters, String... headers) {
		String query = parameters.entrySet()
			.stream()
			.map((parameter) -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send("GET", "/graphql" + (query.isEmpty() ? "" : "?" + query), BodyPublishers.noBody(), headers);
	}

	public HttpResponse<String> send(String method, String path, BodyPublisher body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).method(method, body);
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return this.client.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The body of a JSON answer. */
	public static Map<String, Object> read(HttpResponse<String> response) {
		@SuppressWarnings("unchecked")
		Map<String, Object> body = json.readValue(response.body(), Map.class);
		return body;
	}

	/**
	 * Checks that a request was refused with this status and a single GraphQL error of the {@code BAD_REQUEST}
	 * classification, and that the answer gives nothing of the server's insides away.
	 * @return the error
	 */
	public static Map<String, Object> assertRefused(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/").contains("json"));
		assertOpaque(response);
		Map<String, Object> body = read(response);
		assertThat(body).doesNotContainKey("data");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(error).extractingByKey("extensions")
				.asInstanceOf(MAP)
				.containsEntry("classification", "BAD_REQUEST"));
		return errors.get(0);
	}

	/** Checks that an answer names no exception, stack frame, SQL or Hibernate internals. */
	public static void assertOpaque(HttpResponse<String> response) {
		assertThat(response.body()).doesNotContain("Exception", "at org.", "SQL", "org.hibernate", "tools.jackson");
	}

	private static String[] concat(String[] headers, String... more) {
		String[] all = new String[headers.length + more.length];
		System.arraycopy(headers, 0, all, 0, headers.length);
		System.arraycopy(more, 0, all, headers.length, more.length);
		return all;
	}

}
