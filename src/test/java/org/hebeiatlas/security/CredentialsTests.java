package org.hebeiatlas.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.hebeiatlas.AtlasIntegrationTest;
import org.hebeiatlas.curation.Curators;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class CredentialsTests {

	@LocalServerPort
	private int port;

	@Test
	void shouldAnswerWrongCredentialsWithAGraphQlShapedUnauthorized() throws Exception {
		HttpResponse<String> response = post("curator", "wrong-password");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Hebei Industry Atlas\"");
		assertThat(response.body()).contains("\"classification\":\"UNAUTHORIZED\"").doesNotContain("Exception");
	}

	@Test
	void shouldLetTheCuratorIn() throws Exception {
		HttpResponse<String> response = post(Curators.USERNAME, Curators.PASSWORD);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"deletedId\":null").contains("NOT_FOUND");
	}

	private HttpResponse<String> post(String username, String password) throws IOException, InterruptedException {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		String body = """
				{"query":"mutation { deleteCounty(input: { id: \\"Q291bnR5Ojk5OTk5OQ\\" }) { deletedId userErrors { code } } }"}""";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + credentials)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
