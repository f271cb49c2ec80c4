package org.hebeiatlas.graphql;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example operation in {@code graphql/operations/} runs without errors on the bundled dataset and returns data,
 * so that the examples clients copy never go stale.
 */
@AtlasIntegrationTest
class ExampleOperationsTests {

	@Autowired
	private HttpGraphQlTester graphQlTester;

	private String idOfQinghe() {
		return this.graphQlTester.document("{ county(slug: \"qinghe\") { id } }")
			.execute()
			.path("county.id")
			.entity(String.class)
			.get();
	}

	static Stream<String> operations() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:graphql-test/*.graphql");
		assertThat(files).isNotEmpty();
		return Arrays.stream(files).map(Resource::getFilename).map((name) -> name.replace(".graphql", "")).sorted();
	}

	@ParameterizedTest
	@MethodSource("operations")
	void shouldRunWithoutErrors(String operation) {
		var request = this.graphQlTester.documentName(operation);
		if (operation.equals("node")) {
			request = request.variable("id", idOfQinghe());
		}
		request.execute().errors().verify().path("").entity(Map.class).satisfies((data) -> {
			assertThat(data).isNotEmpty();
			assertThat(data.values()).doesNotContainNull();
		});
	}

}
