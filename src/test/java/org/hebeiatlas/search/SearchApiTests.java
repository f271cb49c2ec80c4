package org.hebeiatlas.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hebeiatlas.AtlasIntegrationTest;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.County;
import org.hebeiatlas.curation.Curators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search API end to end: the example operations, facets against counts taken from the database, highlights,
 * distance, paging, suggestions, hostile input, and writes that are searchable as soon as they commit.
 */
@AtlasIntegrationTest
class SearchApiTests {

	private static final double BEIJING_LATITUDE = 39.9042;

	private static final double BEIJING_LONGITUDE = 116.4074;

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private HttpGraphQlTester tester;

	@BeforeEach
	void allowSlowMachines() {
		this.tester = this.graphQlTester.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(1)))
			.build();
	}

	@Test
	void shouldFindQingheCashmereWithHighlightedEscapedFragments() {
		var response = this.tester.documentName("search").execute();
		response.errors().verify();
		response.path("search.edges[0].node.slug").entity(String.class).isEqualTo("qinghe-cashmere");
		response.path("search.edges[0].highlights[?(@.field == 'name')].fragments[*]")
			.entityList(String.class)
			.containsExactly("Qinghe <em>cashmere</em> cluster");
		List<String> fragments = response.path("search.edges[*].highlights[*].fragments[*]")
			.entityList(String.class)
			.get();
		assertThat(fragments).isNotEmpty().allSatisfy((fragment) -> {
			assertThat(fragment).contains("<em>");
			String text = fragment.replace("<em>", "").replace("</em>", "");
			assertThat(text).doesNotContain("<", ">", "\"").doesNotContainPattern("&(?!amp;|lt;|gt;|quot;|#x27;|#x2F;)");
			// Values of a multi-valued field are highlighted apart: no fragment runs from one into the next.
			assertThat(text).doesNotContain("\u2029").isEqualTo(text.strip());
		});
		response.path("search.edges[*].highlights[*].fragments")
			.entityList(List.class)
			.satisfies((perField) -> assertThat(perField).allSatisfy(
					(fieldFragments) -> assertThat(fieldFragments).hasSizeBetween(1, 3)));
		// "Nangong cashmere/sheepskin/felt cluster" comes back with its slashes escaped.
		assertThat(fragments).anySatisfy((fragment) -> assertThat(fragment).contains("<em>cashmere</em>&#x2F;sheepskin"));
		response.path("search.edges[*].score").entityList(Double.class).satisfies((scores) -> assertThat(scores)
			.isSortedAccordingTo((a, b) -> Double.compare(b, a)));
	}

	@Test
	void shouldHighlightChineseMatches() {
		var response = this.tester.documentName("search").variable("query", "羊绒").execute();
		response.errors().verify();
		response.path("search.edges[0].highlights[?(@.field == 'nameZh')].fragments[*]")
			.entityList(String.class)
			.containsExactly("清河<em>羊绒</em>产业集群");
	}

	@Test
	void shouldSuggestTheCorrectSpelling() {
		this.tester.documentName("search")
			.variable("query", "cookwear")
			.execute()
			.path("search.didYouMean")
			.entity(String.class)
			.isEqualTo("cookware")
			.path("search.edges[0].node.slug")
			.entity(String.class)
			.isEqualTo("xingtai-sanxia-cast-iron");
		this.tester.documentName("search")
			.variable("query", "cookware")
			.execute()
			.path("search.didYouMean")
			.valueIsNull();
	}

	@Test
	void shouldCountFacetsLikeTheDatabaseWithMultiSelect() {
		var response = this.tester.documentName("searchFacets")
			.variable("query", "")
			.variable("filter", Map.of("cities", List.of("xingtai")))
			.execute();
		response.errors().verify();
		Map<String, Long> byType = count("""
				select 'COMPANY', count(c) from Company c where c.county.city.slug = 'xingtai'
				union all select 'PRODUCT', count(p) from Product p where p.company.county.city.slug = 'xingtai'
				union all select 'CLUSTER', count(c) from Cluster c where c.county.city.slug = 'xingtai'
				union all select 'COUNTY', count(c) from County c where c.city.slug = 'xingtai'
				""");
		// The CITY facet ignores its own selection: every city with its number of hits of all kinds.
		Map<String, Long> byCity = new HashMap<>();
		count("""
				select c.county.city.slug, count(c) from Company c where c.county is not null group by c.county.city.slug
				union all select p.company.county.city.slug, count(p) from Product p where p.company.county is not null
				group by p.company.county.city.slug
				union all select c.county.city.slug, count(c) from Cluster c where c.county is not null
				group by c.county.city.slug
				union all select c.city.slug, count(c) from County c group by c.city.slug
				""", byCity);
		long total = byType.values().stream().mapToLong(Long::longValue).sum();
		response.path("search.totalCount").entity(Long.class).isEqualTo(total);
		assertThat(facet(response, "TYPE")).isEqualTo(withoutZeros(byType));
		assertThat(facet(response, "CITY")).isEqualTo(byCity);
		response.path("search.facets[?(@.field == 'CITY')].values[?(@.selected == true)].value")
			.entityList(String.class)
			.containsExactly("xingtai");
		response.path("search.facets[?(@.field == 'CITY')].values[?(@.value == 'xingtai')].label")
			.entityList(String.class)
			.containsExactly("Xingtai");
	}

	@Test
	void shouldRunTheFacetsExample() {
		var response = this.tester.documentName("searchFacets").execute();
		response.errors().verify();
		response.path("search.facets[*].field")
			.entityList(String.class)
			.containsExactly("TYPE", "CITY", "COUNTY", "CLUSTER", "AWARD_GRANTOR", "YEAR");
		response.path("search.edges[*].node.slug").entityList(String.class).contains("bazhou-food");
		Map<String, Long> cities = facet(response, "CITY");
		assertThat(cities).containsKeys("langfang", "xingtai", "handan");
		response.path("search.totalCount").entity(Long.class).isEqualTo(cities.get("langfang"));
	}

	@Test
	void shouldFindFoodNearBeijingNearestFirst() {
		var response = this.tester.documentName("searchNear").execute();
		response.errors().verify();
		List<Map<String, Object>> nodes = nodes(response.path("search.edges[*].node").entityList(Map.class).get());
		assertThat(nodes).isNotEmpty();
		List<Double> distances = new ArrayList<>();
		for (Map<String, Object> node : nodes) {
			Map<?, ?> coordinates = coordinates(node);
			distances.add(kilometres((Double) coordinates.get("latitude"), (Double) coordinates.get("longitude")));
		}
		assertThat(distances).allSatisfy((distance) -> assertThat(distance).isLessThanOrEqualTo(150.0)).isSorted();
		assertThat(nodes).extracting((node) -> node.get("slug")).contains("bazhou-food").doesNotContain("longyao-food");
	}

	@Test
	void shouldSuggestNamesAsPeopleType() {
		this.tester.documentName("suggest")
			.execute()
			.path("suggest[?(@.kind == 'COUNTY')].node.slug")
			.entityList(String.class)
			.contains("qinghe");
		var chinese = this.tester.documentName("suggest").variable("prefix", "清").execute();
		chinese.path("suggest[*].text").entityList(String.class).contains("清河县");
		chinese.path("suggest[?(@.text == '清河县')].kind").entityList(String.class).containsExactly("COUNTY");
		this.tester.documentName("suggest")
			.variable("prefix", "qinghe cash")
			.execute()
			.path("suggest[0].node.slug")
			.entity(String.class)
			.isEqualTo("qinghe-cashmere");
		this.tester.documentName("suggest")
			.variable("prefix", "Ma Daj")
			.execute()
			.path("suggest[*].kind")
			.entityList(String.class)
			.contains("BRAND");
		assertBadRequest(this.tester.documentName("suggest").variable("first", 1000).execute().returnResponse()
			.getErrors());
	}

	@Test
	void shouldPageThroughEveryHitOnce() {
		Set<String> seen = new HashSet<>();
		String after = null;
		long total = -1;
		boolean more = true;
		while (more) {
			var response = this.tester.documentName("search")
				.variable("query", "")
				.variable("first", 100)
				.variable("after", after)
				.execute();
			total = response.path("search.totalCount").entity(Long.class).get();
			for (Map<String, Object> node : nodes(response.path("search.edges[*].node").entityList(Map.class).get())) {
				assertThat(seen.add(node.get("__typename") + ":" + node.get("slug"))).isTrue();
			}
			more = response.path("search.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("search.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).hasSize((int) total).hasSizeGreaterThan(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"unbalanced", "foo AND (", "*:*", "\\", "a\"b\"c\"", "-", "|||", ")))(((", "' OR 1=1 --",
			"<script>alert(1)</script>", "cashmere~2^10", "title:glass", "[1 TO 5]", "/regex.*/", "😀 羊绒 😀",
			"- - -food", "NOT", "OR OR", "\u0000\u0007", "ｃａｓｈｍｅｒｅ" })
	void shouldAnswerHostileQueriesCleanly(String query) {
		var result = this.tester.documentName("search").variable("query", query).execute().returnResponse();
		if (!result.getErrors().isEmpty()) {
			assertBadRequest(result.getErrors());
		}
		else {
			assertThat((Object) result.field("search.totalCount").getValue()).isNotNull();
		}
	}

	@Test
	void shouldRefuseTooLongOrTooManyTermsWithBadRequest() {
		assertBadRequest(this.tester.documentName("search").variable("query", "a".repeat(10_000)).execute()
			.returnResponse().getErrors());
		assertBadRequest(this.tester.documentName("search").variable("query", "w ".repeat(30)).execute()
			.returnResponse().getErrors());
		assertBadRequest(this.tester.documentName("search").variable("first", 101).execute().returnResponse()
			.getErrors());
		assertBadRequest(this.tester.documentName("search").variable("after", "not-a-cursor").execute()
			.returnResponse().getErrors());
		assertBadRequest(this.tester.documentName("search").variable("orderBy", "DISTANCE").execute()
			.returnResponse().getErrors());
	}

	@Test
	void shouldFindAWriteAssoonAsItCommits() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		Long id = transaction.execute((status) -> {
			Company company = new Company();
			company.setSlug("zephyr-abacus-works");
			company.setName("Zephyr Abacus Works");
			company.setNameZh("和风算盘厂");
			company.setDescription("Maker of lacquered abacuses.");
			company.setCounty(this.entityManager
				.createQuery("select c from County c where c.slug = 'qinghe'", County.class)
				.getSingleResult());
			this.entityManager.persist(company);
			return company.getId();
		});
		try {
			this.tester.documentName("search")
				.variable("query", "lacquered abacus")
				.execute()
				.path("search.edges[0].node.slug")
				.entity(String.class)
				.isEqualTo("zephyr-abacus-works");
			this.tester.documentName("search")
				.variable("query", "算盘")
				.execute()
				.path("search.edges[0].node.slug")
				.entity(String.class)
				.isEqualTo("zephyr-abacus-works");
		}
		finally {
			transaction.executeWithoutResult((status) -> this.entityManager
				.remove(this.entityManager.find(Company.class, id)));
		}
		this.tester.documentName("search")
			.variable("query", "lacquered abacus")
			.execute()
			.path("search.totalCount")
			.entity(Long.class)
			.isEqualTo(0L);
	}

	@Test
	void shouldFindAProductCreatedByAMutationAndItsMakerAtOnce() {
		HttpGraphQlTester curator = Curators.asCurator(this.tester);
		// language=GraphQL
		String create = """
				mutation ($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }
				""";
		String id = curator.document(create)
			.variable("input", Map.of("slug", "yannan-quokka-scoops", "name", "Quokka snow scoops", "company",
					"yannan-shovel"))
			.execute()
			.path("createProduct.product.id")
			.entity(String.class)
			.get();
		try {
			this.tester.documentName("search")
				.variable("query", "quokka")
				.execute()
				.path("search.edges[*].node.slug")
				.entityList(String.class)
				.satisfies((slugs) -> assertThat(slugs).containsExactlyInAnyOrder("yannan-quokka-scoops",
						"yannan-shovel"));
		}
		finally {
			// language=GraphQL
			String delete = "mutation ($input: DeleteInput!) { deleteProduct(input: $input) { deletedId } }";
			curator.document(delete).variable("input", Map.of("id", id)).execute().path("deleteProduct.deletedId")
				.entity(String.class)
				.isEqualTo(id);
		}
		this.tester.documentName("search")
			.variable("query", "quokka")
			.execute()
			.path("search.totalCount")
			.entity(Long.class)
			.isEqualTo(0L);
	}

	@Test
	void shouldReindexCompaniesWhenTheirClusterChanges() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		String original = transaction.execute((status) -> {
			Cluster cluster = cluster("linxi-bearings");
			String industry = cluster.getIndustry();
			cluster.setIndustry(industry + ", gyroscopes");
			return industry;
		});
		try {
			this.tester.documentName("search")
				.variable("query", "gyroscopes")
				.variable("filter", Map.of("types", List.of("COMPANY")))
				.execute()
				.path("search.edges[*].node.slug")
				.entityList(String.class)
				.contains("cis-hebei-zs-bearings");
		}
		finally {
			transaction.executeWithoutResult((status) -> cluster("linxi-bearings").setIndustry(original));
		}
		this.tester.documentName("search")
			.variable("query", "gyroscopes")
			.execute()
			.path("search.totalCount")
			.entity(Long.class)
			.isEqualTo(0L);
	}

	private Cluster cluster(String slug) {
		return this.entityManager.createQuery("select c from Cluster c where c.slug = :slug", Cluster.class)
			.setParameter("slug", slug)
			.getSingleResult();
	}

	private Map<String, Long> count(String jpql) {
		return count(jpql, new HashMap<>());
	}

	private Map<String, Long> count(String jpql, Map<String, Long> counts) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> this.entityManager
			.createQuery(jpql, Object[].class)
			.getResultList()
			.forEach((row) -> counts.merge((String) row[0], (Long) row[1], Long::sum)));
		return counts;
	}

	private static Map<String, Long> withoutZeros(Map<String, Long> counts) {
		Map<String, Long> nonZero = new HashMap<>(counts);
		nonZero.values().removeIf((count) -> count == 0);
		return nonZero;
	}

	private static Map<String, Long> facet(
			org.springframework.graphql.test.tester.GraphQlTester.Response response, String field) {
		Map<String, Long> counts = new HashMap<>();
		response.path("search.facets[?(@.field == '" + field + "')].values[*]")
			.entityList(Map.class)
			.get()
			.forEach((value) -> counts.put((String) value.get("value"), ((Number) value.get("count")).longValue()));
		return counts;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> nodes(List<Map> maps) {
		return maps.stream().map((map) -> (Map<String, Object>) map).toList();
	}

	private static Map<?, ?> coordinates(Map<String, Object> node) {
		Object holder = switch ((String) node.get("__typename")) {
			case "County" -> node;
			case "Product" -> ((Map<?, ?>) node.get("company")).get("county");
			default -> node.get("county");
		};
		return (Map<?, ?>) ((Map<?, ?>) holder).get("coordinates");
	}

	private static double kilometres(double latitude, double longitude) {
		double dLat = Math.toRadians(latitude - BEIJING_LATITUDE);
		double dLon = Math.toRadians(longitude - BEIJING_LONGITUDE);
		double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(BEIJING_LATITUDE))
				* Math.cos(Math.toRadians(latitude)) * Math.pow(Math.sin(dLon / 2), 2);
		return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

	/** A refused argument: one BAD_REQUEST naming it (graphql-java may add a null-bubbling note), nothing internal. */
	private static void assertBadRequest(List<ResponseError> errors) {
		assertThat(errors).noneMatch((error) -> error.getErrorType() == ErrorType.INTERNAL_ERROR)
			.filteredOn((error) -> error.getErrorType() == ErrorType.BAD_REQUEST)
			.singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).startsWith("Argument '")
				.doesNotContain("Exception", "HSEARCH", "Lucene"));
	}

}
