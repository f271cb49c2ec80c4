package org.hebeiatlas.company;

import java.util.List;
import java.util.Map;

import org.hebeiatlas.AtlasIntegrationTest;
import org.hebeiatlas.curation.Curators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class CompanyCurationTests {

	// language=GraphQL
	private static final String OPERATIONS = """
			mutation createCompany($input: CreateCompanyInput!) {
			  createCompany(input: $input) {
			    company { id slug name county { slug } clusters { slug } sources { code } }
			    userErrors { field message code }
			  }
			}
			mutation updateCompany($input: UpdateCompanyInput!) {
			  updateCompany(input: $input) { company { slug description county { slug } clusters { slug } } userErrors { field code } }
			}
			mutation deleteCompany($input: DeleteInput!) {
			  deleteCompany(input: $input) { deletedId userErrors { field message code } }
			}
			mutation link($input: CompanyClusterInput!) {
			  linkCompanyToCluster(input: $input) { company { clusters { slug } } userErrors { field code } }
			}
			mutation unlink($input: CompanyClusterInput!) {
			  unlinkCompanyFromCluster(input: $input) { company { clusters { slug } } userErrors { field code } }
			}
			mutation createBrand($input: CreateBrandInput!) {
			  createBrand(input: $input) { brand { id slug company { slug } sources { code } } userErrors { field code } }
			}
			mutation deleteBrand($input: DeleteInput!) {
			  deleteBrand(input: $input) { deletedId userErrors { field message code } }
			}
			""";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	private HttpGraphQlTester curator;

	@BeforeEach
	void actAsCurator() {
		this.curator = Curators.asCurator(this.graphQlTester);
	}

	@Test
	void shouldCreateACompanyInClustersAndChangeItsLinks() {
		String id = create("test-mesh-works", List.of("anping-wire-mesh"));
		this.graphQlTester.document("{ cluster(slug: \"anping-wire-mesh\") { companies { slug } } }")
			.execute()
			.path("cluster.companies[*].slug")
			.entityList(String.class)
			.contains("test-mesh-works");

		mutate("link", Map.of("company", "test-mesh-works", "cluster", "hejian-craft-glass"))
			.path("linkCompanyToCluster.company.clusters[*].slug")
			.entityList(String.class)
			.satisfies((clusters) -> assertThat(clusters).containsExactlyInAnyOrder("anping-wire-mesh",
					"hejian-craft-glass"));
		mutate("unlink", Map.of("company", "test-mesh-works", "cluster", "anping-wire-mesh"))
			.path("unlinkCompanyFromCluster.company.clusters[*].slug")
			.entityList(String.class)
			.containsExactly("hejian-craft-glass");
		mutate("link", Map.of("company", "test-mesh-works", "cluster", "no-such-cluster"))
			.path("linkCompanyToCluster.userErrors[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("field", List.of("input", "cluster"), "code", "NOT_FOUND"));

		mutate("updateCompany", Map.of("id", id, "description", "Galvanised mesh.", "county", ""))
			.path("updateCompany.company.description")
			.entity(String.class)
			.isEqualTo("Galvanised mesh.")
			.path("updateCompany.company.county")
			.valueIsNull();
		delete(id, null).path("deleteCompany.deletedId").entity(String.class).isEqualTo(id);
	}

	@Test
	void shouldDeleteACompanyWithItsBrandsOnlyWhenAsked() {
		String id = create("test-brand-owner", List.of());
		mutate("createBrand", Map.of("company", "test-brand-owner", "slug", "test-owner-brand", "name", "Owner"))
			.path("createBrand.brand.company.slug")
			.entity(String.class)
			.isEqualTo("test-brand-owner");

		delete(id, null).path("deleteCompany.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("STILL_REFERENCED")
			.path("deleteCompany.userErrors[0].message")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).contains("1 brands"));
		delete(id, "DETACH").path("deleteCompany.userErrors[0].code").entity(String.class).isEqualTo("INVALID");
		delete(id, "DELETE").path("deleteCompany.deletedId").entity(String.class).isEqualTo(id);
		this.graphQlTester.document("{ brand(slug: \"test-owner-brand\") { name } }")
			.execute()
			.path("brand")
			.valueIsNull();
	}

	@Test
	void shouldRefuseToDeleteABrandThatProductsAreSoldUnder() {
		// language=GraphQL
		String query = """
				{ brand(slug: "ma-dajie-brand") { id products { slug } } }
				""";
		var brand = this.graphQlTester.document(query).execute();
		List<String> products = brand.path("brand.products[*].slug").entityList(String.class).get();
		assertThat(products).isNotEmpty();
		String brandId = brand.path("brand.id").entity(String.class).get();

		mutate("deleteBrand", Map.of("id", brandId)).path("deleteBrand.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("STILL_REFERENCED");
		this.graphQlTester.document(query).execute().path("brand.products").entityList(Object.class).hasSize(products.size());
	}

	@Test
	void shouldRefuseUnknownClustersAndCountiesWithoutWriting() {
		mutate("createCompany",
				Map.of("slug", "test-ghost", "name", "Ghost", "county", "atlantis", "clusters",
						List.of("anping-wire-mesh", "no-such-cluster"), "sources", List.of("S404404")))
			.path("createCompany.userErrors[*].field")
			.entityList(List.class)
			.satisfies((fields) -> assertThat(fields).containsExactlyInAnyOrder(List.of("input", "county"),
					List.of("input", "clusters", "1"), List.of("input", "sources", "0")));
		this.graphQlTester.document("{ company(slug: \"test-ghost\") { name } }").execute().path("company").valueIsNull();
	}

	private String create(String slug, List<String> clusters) {
		var response = mutate("createCompany", Map.of("slug", slug, "name", "Test " + slug, "county", "anping",
				"clusters", clusters, "sources", List.of("S1")));
		response.path("createCompany.userErrors").entityList(Object.class).hasSize(0);
		return response.path("createCompany.company.id").entity(String.class).get();
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response delete(String id, String dependants) {
		Map<String, Object> input = (dependants != null) ? Map.of("id", id, "dependants", dependants) : Map.of("id", id);
		return mutate("deleteCompany", input);
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response mutate(String operation,
			Map<String, Object> input) {
		return this.curator.document(OPERATIONS).operationName(operation).variable("input", input).execute();
	}

}
