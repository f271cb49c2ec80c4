package org.hebeiatlas.county;

import java.util.List;
import java.util.Map;

import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class CountyClustersTests {

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Test
	void shouldListQingheClustersWithHongtaiAndItsSources() {
		var response = this.graphQlTester.documentName("countyClusters").variable("slug", "qinghe").execute();
		response.errors().verify();
		response.path("county.name").entity(String.class).isEqualTo("Qinghe");
		response.path("county.nameZh").entity(String.class).isEqualTo("清河县");
		response.path("county.city.name").entity(String.class).isEqualTo("Xingtai");
		response.path("county.clusters[*].name")
			.entityList(String.class)
			.contains("Qinghe cashmere cluster", "Qinghe auto parts (sealing strips) cluster");
		response.path("county.clusters[?(@.name == 'Qinghe cashmere cluster')].titles[*]")
			.entityList(String.class)
			.contains("中国羊绒之都");
		response.path("county.clusters[*].companies[?(@.name == 'Hongtai')].brands[*].nameZh")
			.entityList(String.class)
			.containsExactly("宏泰");
		response.path("county.clusters[*].companies[?(@.name == 'Hongtai')].sources[*].code")
			.entityList(String.class)
			.containsExactly("S1", "S197", "S198");
		response.path("county.clusters[*].companies[?(@.name == 'Hongtai')].sources[0].url")
			.entityList(String.class)
			.satisfies((urls) -> assertThat(urls).allMatch((url) -> url.startsWith("http")));
	}

	@Test
	void shouldGiveNullForAnUnknownSlug() {
		this.graphQlTester.documentName("countyClusters")
			.variable("slug", "atlantis")
			.execute()
			.errors()
			.verify()
			.path("county")
			.valueIsNull();
	}

	@Test
	void shouldListCitiesWithTheirCountiesUnderTheProvince() {
		var response = this.graphQlTester.documentName("province").execute();
		response.errors().verify();
		response.path("province.nameZh").entity(String.class).isEqualTo("河北省");
		response.path("province.cities[*].slug").entityList(String.class).contains("xingtai", "baoding", "xiongan");
		response.path("province.cities[*].counties[*]").entityList(Map.class).hasSize(57);
		// The seed article's headline figure: 1.98 trillion yuan of cluster income in 2019, up 14.85%.
		response.path("province.figures[?(@.sources[0].code == 'S1' && @.metric == 'REVENUE')]")
			.entityList(Map.class)
			.satisfies((figures) -> assertThat(figures).singleElement()
				.satisfies((figure) -> assertThat(figure).containsEntry("value", 1.98E12)
					.containsEntry("unit", "CNY")
					.containsEntry("year", 2019)
					.containsEntry("growthPercent", 14.85)));
	}

	@Test
	void shouldFilterCountiesByCityAndPageThroughThemInNameOrder() {
		// language=GraphQL
		String query = """
				query ($after: String) {
				  counties(first: 5, after: $after, filter: { cities: ["xingtai"] }) {
				    totalCount
				    pageInfo { hasNextPage endCursor }
				    edges { node { slug name city { slug } } }
				  }
				}
				""";
		List<String> names = new java.util.ArrayList<>();
		String after = null;
		boolean more = true;
		int total = 0;
		while (more) {
			var response = this.graphQlTester.document(query).variable("after", after).execute();
			total = response.path("counties.totalCount").entity(Integer.class).get();
			names.addAll(response.path("counties.edges[*].node.name").entityList(String.class).get());
			response.path("counties.edges[*].node.city.slug")
				.entityList(String.class)
				.satisfies((cities) -> assertThat(cities).containsOnly("xingtai"));
			more = response.path("counties.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("counties.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(names).hasSize(total).hasSizeGreaterThan(5).isSorted().doesNotHaveDuplicates();
	}

}
