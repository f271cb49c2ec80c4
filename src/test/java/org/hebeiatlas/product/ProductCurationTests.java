package org.hebeiatlas.product;

import java.util.List;
import java.util.Map;

import org.hebeiatlas.AtlasIntegrationTest;
import org.hebeiatlas.curation.Curators;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hebeiatlas.curation.CurationAssertions.assertNoErrors;
import static org.hebeiatlas.curation.CurationAssertions.assertSingleError;
import static org.hebeiatlas.curation.CurationAssertions.assertUnauthorized;
import static org.hebeiatlas.curation.CurationAssertions.idOf;

@AtlasIntegrationTest
class ProductCurationTests {

	// language=GraphQL
	private static final String CREATE = """
			mutation ($input: CreateProductInput!) {
			  createProduct(input: $input) {
			    product { id slug name nameZh description company { slug } brand { slug } sources { code } }
			    userErrors { field message code }
			  }
			}
			""";

	// language=GraphQL
	private static final String UPDATE = """
			mutation ($input: UpdateProductInput!) {
			  updateProduct(input: $input) {
			    product { slug name description company { slug } brand { slug } sources { code } }
			    userErrors { field message code }
			  }
			}
			""";

	// language=GraphQL
	private static final String DELETE = """
			mutation ($input: DeleteInput!) { deleteProduct(input: $input) { deletedId userErrors { field message code } } }
			""";

	// language=GraphQL
	private static final String CREATE_AWARD = """
			mutation ($input: CreateAwardInput!) {
			  createAward(input: $input) { award { id } userErrors { field message code } }
			}
			""";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldCreateUpdateAndDeleteAProduct() {
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		var created = curator.document(CREATE)
			.variable("input", Map.of("slug", "test-product-crud", "name", "Test toffee", "nameZh", "测试太妃糖",
					"description", "A toffee.", "company", "kangbeier", "brand", "ma-dajie-brand", "sources",
					List.of("S1")))
			.execute();
		assertNoErrors(created, "createProduct");
		created.path("createProduct.product.company.slug").entity(String.class).isEqualTo("kangbeier");
		created.path("createProduct.product.brand.slug").entity(String.class).isEqualTo("ma-dajie-brand");
		created.path("createProduct.product.sources[*].code").entityList(String.class).containsExactly("S1");
		String id = created.path("createProduct.product.id").entity(String.class).get();

		this.graphQlTester.document("{ company(slug: \"kangbeier\") { products { slug } } }")
			.execute()
			.path("company.products[*].slug")
			.entityList(String.class)
			.contains("test-product-crud");

		var updated = curator.document(UPDATE)
			.variable("input", Map.of("id", id, "name", "Test toffee bars", "description", "", "brand", "",
					"sources", List.of("S2", "S1")))
			.execute();
		assertNoErrors(updated, "updateProduct");
		updated.path("updateProduct.product.name").entity(String.class).isEqualTo("Test toffee bars");
		updated.path("updateProduct.product.description").valueIsNull();
		updated.path("updateProduct.product.brand").valueIsNull();
		updated.path("updateProduct.product.slug").entity(String.class).isEqualTo("test-product-crud");
		updated.path("updateProduct.product.sources[*].code").entityList(String.class).containsExactly("S1", "S2");

		curator.document(DELETE)
			.variable("input", Map.of("id", id))
			.execute()
			.path("deleteProduct.deletedId")
			.entity(String.class)
			.isEqualTo(id);
		this.graphQlTester.document("{ product(slug: \"test-product-crud\") { name } }")
			.execute()
			.path("product")
			.valueIsNull();
	}

	@Test
	void shouldReportEveryProblemOfARejectedWriteAndWriteNothing() {
		int before = productsCount();
		var response = Curators.asCurator(this.graphQlTester)
			.document(CREATE)
			.variable("input", Map.of("slug", "Bad Slug", "name", "x".repeat(301), "company", "no-such-company",
					"brand", "no-such-brand", "sources", List.of("S1", "S99999")))
			.execute();
		response.path("createProduct.product").valueIsNull();
		response.path("createProduct.userErrors[*].field")
			.entityList(List.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder(List.of("input", "slug"), List.of("input", "name"),
					List.of("input", "company"), List.of("input", "brand"), List.of("input", "sources", "1")));
		response.path("createProduct.userErrors[?(@.field[1] == 'slug')].code")
			.entityList(String.class)
			.containsExactly("INVALID");
		response.path("createProduct.userErrors[?(@.field[1] == 'company')].code")
			.entityList(String.class)
			.containsExactly("NOT_FOUND");
		assertThat(productsCount()).isEqualTo(before);
	}

	@Test
	void shouldRefuseABrandOfAnotherCompany() {
		var response = Curators.asCurator(this.graphQlTester)
			.document(CREATE)
			.variable("input", Map.of("slug", "test-product-brand", "name", "Mixed up", "company", "kangbeier",
					"brand", "hongtai-brand"))
			.execute();
		assertSingleError(response, "createProduct", "INVALID", "brand");
		this.graphQlTester.document("{ product(slug: \"test-product-brand\") { name } }")
			.execute()
			.path("product")
			.valueIsNull();
	}

	@Test
	void shouldRefuseToMoveAProductAwayFromTheCompanyOfItsBrand() {
		String id = idOf(this.graphQlTester, "product", "kangbeier-candy");
		var response = Curators.asCurator(this.graphQlTester)
			.document(UPDATE)
			.variable("input", Map.of("id", id, "company", "hongtai"))
			.execute();
		assertSingleError(response, "updateProduct", "INVALID", "brand");
		this.graphQlTester.document("{ product(slug: \"kangbeier-candy\") { company { slug } brand { slug } } }")
			.execute()
			.path("product.company.slug")
			.entity(String.class)
			.isEqualTo("kangbeier")
			.path("product.brand.slug")
			.entity(String.class)
			.isEqualTo("ma-dajie-brand");
	}

	@Test
	void shouldRefuseATakenSlugAndAnUnknownId() {
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		assertSingleError(curator.document(CREATE)
			.variable("input", Map.of("slug", "kangbeier-candy", "name", "Candy again", "company", "kangbeier"))
			.execute(), "createProduct", "DUPLICATE", "slug");
		assertSingleError(curator.document(UPDATE).variable("input", Map.of("id", "not-an-id", "name", "x")).execute(),
				"updateProduct", "INVALID", "id");
		String qinghe = idOf(this.graphQlTester, "county", "qinghe");
		assertSingleError(curator.document(DELETE).variable("input", Map.of("id", qinghe)).execute(), "deleteProduct",
				"NOT_FOUND", "id");
	}

	@Test
	void shouldRefuseToDeleteAnAwardedProductUnlessToldToDropTheAwardLinks() {
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		for (String choice : List.of("DETACH", "DELETE")) {
			String slug = "test-product-awarded-" + choice.toLowerCase();
			String product = curator.document(CREATE)
				.variable("input", Map.of("slug", slug, "name", "Awarded", "company", "kangbeier"))
				.execute()
				.path("createProduct.product.id")
				.entity(String.class)
				.get();
			String award = curator.document(CREATE_AWARD)
				.variable("input", Map.of("slug", slug + "-award", "name", "Test prize", "level", "INDUSTRY",
						"recipients", List.of(Map.of("type", "PRODUCT", "slug", slug))))
				.execute()
				.path("createAward.award.id")
				.entity(String.class)
				.get();

			var refused = curator.document(DELETE).variable("input", Map.of("id", product)).execute();
			assertSingleError(refused, "deleteProduct", "STILL_REFERENCED", "dependants");
			refused.path("deleteProduct.userErrors[0].message")
				.entity(String.class)
				.satisfies((message) -> assertThat(message).contains("1 awards received"));
			assertThat(this.jdbc.sql("select count(*) from product where slug = ?").param(slug).query(Integer.class)
				.single()).isOne();

			curator.document(DELETE)
				.variable("input", Map.of("id", product, "dependants", choice))
				.execute()
				.path("deleteProduct.deletedId")
				.entity(String.class)
				.isEqualTo(product);
			this.graphQlTester.document("query ($slug: String!) { award(slug: $slug) { recipients { __typename } } }")
				.variable("slug", slug + "-award")
				.execute()
				.path("award.recipients")
				.entityList(Object.class)
				.hasSize(0);
			curator.document("mutation ($id: ID!) { deleteAward(input: {id: $id}) { deletedId } }")
				.variable("id", award)
				.execute()
				.path("deleteAward.deletedId")
				.entity(String.class)
				.isEqualTo(award);
		}
	}

	@Test
	void shouldRefuseAnonymousWritesWithoutWriting() {
		int before = productsCount();
		String id = idOf(this.graphQlTester, "product", "kangbeier-candy");
		List.of(this.graphQlTester.document(CREATE)
			.variable("input", Map.of("slug", "intruder-product", "name", "Intruder", "company", "kangbeier")),
				this.graphQlTester.document(UPDATE).variable("input", Map.of("id", id, "name", "Hacked")),
				this.graphQlTester.document(DELETE).variable("input", Map.of("id", id)))
			.forEach((request) -> assertUnauthorized(request));
		assertThat(productsCount()).isEqualTo(before);
		this.graphQlTester.document("{ product(slug: \"kangbeier-candy\") { name } }")
			.execute()
			.path("product.name")
			.entity(String.class)
			.satisfies((name) -> assertThat(name).isNotEqualTo("Hacked"));
	}

	private int productsCount() {
		return this.jdbc.sql("select count(*) from product").query(Integer.class).single();
	}

}
