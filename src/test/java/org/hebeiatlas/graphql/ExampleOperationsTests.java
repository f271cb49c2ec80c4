package org.hebeiatlas.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hebeiatlas.AtlasIntegrationTest;
import org.hebeiatlas.curation.Curators;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example operation in {@code graphql/operations/} runs without errors on the bundled dataset and returns data,
 * so that the examples clients copy never go stale. Queries run anonymously; mutations run as the test curator, must
 * return payloads without user errors, and are cleaned up after: what a {@code createXxx} example creates (it must
 * select the new object's {@code id}) is deleted with {@code deleteXxx}, so that other tests see the dataset as it
 * was.
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
	void shouldRunWithoutErrors(String operation) throws IOException {
		boolean mutation = isMutation(operation);
		HttpGraphQlTester tester = mutation ? Curators.asCurator(this.graphQlTester) : this.graphQlTester;
		var request = tester.documentName(operation);
		if (operation.equals("node")) {
			request = request.variable("id", idOfQinghe());
		}
		Map<?, ?> data = request.execute().errors().verify().path("").entity(Map.class).get();
		assertThat(data).isNotEmpty();
		assertThat(data.values()).doesNotContainNull();
		if (mutation) {
			data.forEach((field, payload) -> {
				assertThat((List<?>) ((Map<?, ?>) payload).get("userErrors")).as("userErrors of %s", field).isEmpty();
				deleteWhatWasCreated((String) field, (Map<?, ?>) payload);
			});
		}
	}

	private static boolean isMutation(String operation) throws IOException {
		String document = new ClassPathResource("graphql-test/" + operation + ".graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		return document.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.findFirst()
			.orElse("")
			.startsWith("mutation");
	}

	/** Deletes the object a {@code createXxx} payload carries, such as the {@code source} of {@code createSource}. */
	private void deleteWhatWasCreated(String field, Map<?, ?> payload) {
		if (!field.startsWith("create")) {
			return;
		}
		String type = field.substring("create".length());
		Object created = payload.get(Character.toLowerCase(type.charAt(0)) + type.substring(1));
		assertThat(created).as("the object %s created", field).isInstanceOf(Map.class);
		Object id = ((Map<?, ?>) created).get("id");
		assertThat(id).as("the id of the object %s created", field).isNotNull();
		Curators.asCurator(this.graphQlTester)
			.document("mutation ($id: ID!) { delete" + type + "(input: {id: $id}) { deletedId } }")
			.variable("id", id)
			.execute()
			.path("delete" + type + ".deletedId")
			.entity(String.class)
			.isEqualTo((String) id);
	}

}
