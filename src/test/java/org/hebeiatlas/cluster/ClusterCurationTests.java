package org.hebeiatlas.cluster;

import java.util.List;
import java.util.Map;

import org.hebeiatlas.AtlasIntegrationTest;
import org.hebeiatlas.curation.Curators;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@AtlasIntegrationTest
class ClusterCurationTests {

	// language=GraphQL
	private static final String OPERATIONS = """
			mutation createCluster($input: CreateClusterInput!) {
			  createCluster(input: $input) { cluster { id slug titles county { slug } } userErrors { field message code } }
			}
			mutation updateCluster($input: UpdateClusterInput!) {
			  updateCluster(input: $input) { cluster { industry titles county { slug } } userErrors { field code } }
			}
			mutation deleteCluster($input: DeleteInput!) {
			  deleteCluster(input: $input) { deletedId userErrors { field message code } }
			}
			mutation link($input: CompanyClusterInput!) {
			  linkCompanyToCluster(input: $input) { userErrors { code } }
			}
			""";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Test
	void shouldCreateChangeAndDeleteAClusterDetachingItsCompanies() {
		var created = mutate("createCluster", Map.of("slug", "test-bristles", "name", "Test bristle cluster",
				"county", "anping", "industry", "Brushes", "titles", List.of("中国刷子之乡 (test)"), "sources",
				List.of("S1")));
		created.path("createCluster.cluster.titles").entityList(String.class).containsExactly("中国刷子之乡 (test)");
		String id = created.path("createCluster.cluster.id").entity(String.class).get();

		mutate("updateCluster", Map.of("id", id, "industry", "Brushes and brooms", "titles", List.of(), "county", ""))
			.path("updateCluster.cluster.industry")
			.entity(String.class)
			.isEqualTo("Brushes and brooms")
			.path("updateCluster.cluster.titles")
			.entityList(String.class)
			.hasSize(0)
			.path("updateCluster.cluster.county")
			.valueIsNull();

		mutate("link", Map.of("company", "hongtai", "cluster", "test-bristles"));
		mutate("deleteCluster", Map.of("id", id)).path("deleteCluster.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("STILL_REFERENCED");
		mutate("deleteCluster", Map.of("id", id, "dependants", "DELETE")).path("deleteCluster.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("INVALID");
		mutate("deleteCluster", Map.of("id", id, "dependants", "DETACH")).path("deleteCluster.deletedId")
			.entity(String.class)
			.isEqualTo(id);
		this.graphQlTester.document("{ company(slug: \"hongtai\") { clusters { slug } } }")
			.execute()
			.path("company.clusters[*].slug")
			.entityList(String.class)
			.containsExactly("qinghe-cashmere");
	}

	@Test
	void shouldRefuseAClusterWithoutIndustry() {
		mutate("createCluster", Map.of("slug", "test-blank", "name", "Blank", "industry", "  "))
			.path("createCluster.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("input", "industry");
	}

	private GraphQlTester.Response mutate(String operation, Map<String, Object> input) {
		return Curators.asCurator(this.graphQlTester)
			.document(OPERATIONS)
			.operationName(operation)
			.variable("input", input)
			.execute();
	}

}
