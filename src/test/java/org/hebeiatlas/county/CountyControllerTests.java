package org.hebeiatlas.county;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@GraphQlTest(CountyController.class)
class CountyControllerTests {

	@Autowired
	private GraphQlTester graphQlTester;

	@MockitoBean
	private CountyRepository counties;

	@MockitoBean
	private CityRepository cities;

	@Test
	void shouldResolveACountyWithItsCityAndCoordinates() {
		City xingtai = city(7L, "xingtai", "Xingtai");
		County qinghe = county(11L, "qinghe", "Qinghe", xingtai);
		qinghe.setCoordinates(37.07, 115.67);
		qinghe.setCoordinateSource("A gazetteer", "https://example.org/qinghe");
		given(this.counties.findBySlug("qinghe")).willReturn(Optional.of(qinghe));
		given(this.cities.findAllById(any())).willReturn(List.of(xingtai));

		// language=GraphQL
		String query = """
				{ county(slug: "qinghe") { name kind city { slug name } coordinates { latitude longitude sourceUrl } } }
				""";
		this.graphQlTester.document(query)
			.execute()
			.path("county")
			.matchesJson("""
					{ "name": "Qinghe", "kind": "COUNTY", "city": { "slug": "xingtai", "name": "Xingtai" },
					  "coordinates": { "latitude": 37.07, "longitude": 115.67, "sourceUrl": "https://example.org/qinghe" } }
					""");
	}

	@Test
	void shouldGiveNullCoordinatesWhereNoSourceGivesThem() {
		given(this.counties.findBySlug("baigou"))
			.willReturn(Optional.of(county(12L, "baigou", "Baigou", city(1L, "baoding", "Baoding"))));
		this.graphQlTester.document("{ county(slug: \"baigou\") { coordinates { latitude } } }")
			.execute()
			.path("county.coordinates")
			.valueIsNull();
	}

	@Test
	void shouldGiveNullForAnUnknownSlug() {
		given(this.counties.findBySlug("nowhere")).willReturn(Optional.empty());
		this.graphQlTester.document("{ county(slug: \"nowhere\") { name } }")
			.execute()
			.errors()
			.verify()
			.path("county")
			.valueIsNull();
	}

	private static City city(long id, String slug, String name) {
		City city = new City();
		city.setId(id);
		city.setSlug(slug);
		city.setName(name);
		city.setKind(CityKind.PREFECTURE_CITY);
		return city;
	}

	private static County county(long id, String slug, String name, City city) {
		County county = new County();
		county.setId(id);
		county.setSlug(slug);
		county.setName(name);
		county.setKind(CountyKind.COUNTY);
		county.setCity(city);
		return county;
	}

}
