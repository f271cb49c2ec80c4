package org.hebeiatlas.graphiql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading an example operation file: its description and the variables GraphiQL must fill in.
 */
class ExampleOperationsTests {

	@Test
	void shouldDescribeAnExampleByTheCommentItStartsWith() {
		// language=GraphQL
		String query = """
				# A county's clusters,
				# and the companies in them.
				query countyClusters($slug: String! = "qinghe") { county(slug: $slug) { name } }
				""";
		assertThat(ExampleOperations.description(query)).isEqualTo("A county's clusters, and the companies in them.");
	}

	@Test
	void shouldAskForIdsOnlyWhereTheExampleDeclaresNoDefault() {
		// language=GraphQL
		String query = """
				query sample($id: ID!, $other: ID! = "Q291bnR5OjE", $optional: ID, $slug: String!) { node(id: $id) { id } }
				""";
		assertThat(ExampleOperations.requiredIds(query)).containsExactly("id");
	}

}
