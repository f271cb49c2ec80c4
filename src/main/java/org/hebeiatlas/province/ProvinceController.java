package org.hebeiatlas.province;

import java.util.List;

import org.hebeiatlas.county.City;
import org.hebeiatlas.county.CityRepository;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code province} query field and the province's cities.
 */
@Controller
class ProvinceController {

	private final CityRepository cities;

	ProvinceController(CityRepository cities) {
		this.cities = cities;
	}

	@QueryMapping
	Province province() {
		return Province.HEBEI;
	}

	@SchemaMapping(typeName = "Province")
	List<City> cities(Province province) {
		return this.cities.findAllByOrderByName();
	}

}
