package org.hebeiatlas.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.parser.Parser;
import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example operation in {@code graphql/operations/} is valid against the schema, and runs without errors on the
 * bundled dataset and returns data, so that the examples clients copy never go stale.
 */
@AtlasIntegrationTest
class ExampleOperationsTests {

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private GraphQlSource graphQlSource;

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
	void shouldBeValidAgainstTheSchema(String operation) throws IOException {
		String text = new ClassPathResource("graphql-test/" + operation + ".graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		Document document = Parser.parse(text);
		assertThat(ParseAndValidate.validate(this.graphQlSource.schema(), document, Locale.ROOT)).isEmpty();
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
