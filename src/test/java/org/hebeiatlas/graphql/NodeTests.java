package org.hebeiatlas.graphql;

import java.util.Arrays;
import java.util.List;

import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class NodeTests {

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Test
	void shouldFindEveryKindOfObjectByItsGlobalId() {
		// language=GraphQL
		String query = """
				{
				  county(slug: "anping") { id clusters { id companies { id products { id } } awards { id } } }
				  source(code: "S1") { id }
				}
				""";
		var response = this.graphQlTester.document(query).execute();
		String countyId = response.path("county.id").entity(String.class).get();
		String clusterId = response.path("county.clusters[0].id").entity(String.class).get();
		String sourceId = response.path("source.id").entity(String.class).get();
		assertThat(countyId).doesNotContain("County").doesNotContain(":");

		this.graphQlTester.documentName("node")
			.variable("id", countyId)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("County")
			.path("node.slug")
			.entity(String.class)
			.isEqualTo("anping")
			.path("node.id")
			.entity(String.class)
			.isEqualTo(countyId);
		this.graphQlTester.documentName("node")
			.variable("id", clusterId)
			.execute()
			.path("node.slug")
			.entity(String.class)
			.isEqualTo("anping-wire-mesh");
		this.graphQlTester.documentName("node")
			.variable("id", sourceId)
			.execute()
			.path("node.code")
			.entity(String.class)
			.isEqualTo("S1");
	}

	@Test
	void shouldReturnNodesInTheOrderAskedWithNullForUnknownIds() {
		// language=GraphQL
		String ids = """
				{ county(slug: "qinghe") { id } company(slug: "hongtai") { id } }
				""";
		var found = this.graphQlTester.document(ids).execute();
		String county = found.path("county.id").entity(String.class).get();
		String company = found.path("company.id").entity(String.class).get();
		String unknown = GlobalId.encode("County", 987654321);
		String unknownType = GlobalId.encode("Spaceship", 1);
		// language=GraphQL
		String query = """
				query ($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on County { slug } ... on Company { slug } } }
				""";
		var response = this.graphQlTester.document(query)
			.variable("ids", List.of(company, unknown, county, unknownType))
			.execute();
		response.errors().verify();
		response.path("nodes[0].slug").entity(String.class).isEqualTo("hongtai");
		response.path("nodes[1]").valueIsNull();
		response.path("nodes[2].slug").entity(String.class).isEqualTo("qinghe");
		response.path("nodes[3]").valueIsNull();
	}

	@Test
	void shouldGiveNullForAWellFormedIdOfNothing() {
		this.graphQlTester.documentName("node")
			.variable("id", GlobalId.encode("Company", 424242))
			.execute()
			.errors()
			.verify()
			.path("node")
			.valueIsNull();
	}

	@Test
	void shouldRejectMalformedIdsAsBadRequest() {
		for (String id : List.of("not-an-id", "", "Q29tcGFueTox=", GlobalId.encode("Company", 1) + "!", "Q29tcGFueTotMQ")) {
			this.graphQlTester.documentName("node")
				.variable("id", id)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage()).isEqualTo("Argument 'id' is not an id issued by this API.");
					assertThat(error.getPath()).isEqualTo("node");
				}));
		}
	}

	@Test
	void shouldRefuseMoreThanAHundredIds() {
		String[] ids = new String[101];
		Arrays.fill(ids, GlobalId.encode("County", 1));
		// language=GraphQL
		String query = """
				query ($ids: [ID!]!) { nodes(ids: $ids) { id } }
				""";
		this.graphQlTester.document(query)
			.variable("ids", List.of(ids))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
	}

}
