package org.hebeiatlas.graphiql;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphiQL page is the app's own, loads nothing from elsewhere, and offers every example operation.
 */
@AtlasIntegrationTest
class GraphiQlTests {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	private RestClient client() {
		return RestClient.create("http://localhost:" + this.port);
	}

	@Test
	void shouldServeAPageWhoseAssetsAllComeFromTheApp() {
		String page = client().get().uri("/graphiql").retrieve().body(String.class);
		assertThat(page).contains("/webjars/graphiql/graphiql.min.js", "/webjars/react/umd/react.production.min.js",
				"data-graphql-path=\"/graphql\"", "data-examples-path=\"/graphiql/examples\"");
		Matcher assets = ASSET.matcher(page);
		int count = 0;
		while (assets.find()) {
			String asset = assets.group(1);
			assertThat(asset).startsWith("/");
			assertThat(client().get().uri(asset).retrieve().toBodilessEntity().getStatusCode()).as(asset)
				.isEqualTo(HttpStatus.OK);
			count++;
		}
		assertThat(count).isEqualTo(6);
	}

	@Test
	void shouldOfferEveryExampleOperationWithTheVariablesItNeeds() throws IOException {
		List<Example> examples = client().get()
			.uri("/graphiql/examples")
			.retrieve()
			.body(new ParameterizedTypeReference<List<Example>>() {
			});
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:graphql-test/*.graphql");
		assertThat(examples).extracting(Example::name)
			.containsExactlyElementsOf(Arrays.stream(files)
				.map((file) -> file.getFilename().replace(".graphql", ""))
				.sorted()
				.toList());
		assertThat(examples).allSatisfy((example) -> assertThat(example.description()).isNotBlank());
		Example node = examples.stream().filter((example) -> example.name().equals("node")).findFirst().orElseThrow();
		assertThat(node.variables()).containsOnlyKeys("id");
		Example county = examples.stream()
			.filter((example) -> example.name().equals("countyClusters"))
			.findFirst()
			.orElseThrow();
		assertThat(county.variables()).isEmpty();
		assertThat(county.query()).contains("query countyClusters($slug: String! = \"qinghe\")");
		assertThat(examples).filteredOn((example) -> example.name().startsWith("create"))
			.isNotEmpty()
			.allSatisfy((example) -> assertThat(example.operation()).isEqualTo("mutation"));
		assertThat(county.operation()).isEqualTo("query");
	}

}
