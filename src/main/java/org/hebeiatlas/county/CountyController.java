package org.hebeiatlas.county;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.hebeiatlas.award.Award;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.graphql.Connection;
import org.hebeiatlas.graphql.ConnectionArguments;
import org.hebeiatlas.graphql.ConnectionQuery;
import org.hebeiatlas.graphql.OrderDirection;
import org.hebeiatlas.model.BaseEntity;
import org.hebeiatlas.model.Entities;
import org.hebeiatlas.model.Filters;

import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Query fields for counties and cities, and the relations between them.
 */
@Controller
class CountyController {

	private final CountyRepository counties;

	private final CityRepository cities;

	CountyController(CountyRepository counties, CityRepository cities) {
		this.counties = counties;
		this.cities = cities;
	}

	@QueryMapping
	Optional<County> county(@Argument String slug) {
		return this.counties.findBySlug(slug);
	}

	@QueryMapping
	Optional<City> city(@Argument String slug) {
		return this.cities.findBySlug(slug);
	}

	@QueryMapping
	Connection<County> counties(@Arguments ConnectionArguments page, @Argument CountyFilter filter,
			@Argument CountyOrder orderBy) {
		CountyFilter criteria = (filter != null) ? filter : new CountyFilter(null, null, null);
		return ConnectionQuery.fetch(this.counties,
				Filters.allOf(Filters.in(criteria.cities(), "city", "slug"), Filters.in(criteria.kinds(), "kind"),
						Filters.nameContains(criteria.nameContains())),
				sort(orderBy), page);
	}

	@BatchMapping(typeName = "County")
	Map<County, City> city(List<County> counties) {
		return Entities.mapToOne(counties, County::getCity,
				this.cities.findAllById(Entities.referencedIds(counties, County::getCity)));
	}

	@BatchMapping(typeName = "Cluster", field = "county")
	Map<Cluster, County> countyOfClusters(List<Cluster> clusters) {
		return countiesOf(clusters, Cluster::getCounty);
	}

	@BatchMapping(typeName = "Company", field = "county")
	Map<Company, County> countyOfCompanies(List<Company> companies) {
		return countiesOf(companies, Company::getCounty);
	}

	@BatchMapping(typeName = "Award", field = "county")
	Map<Award, County> countyOfAwards(List<Award> awards) {
		return countiesOf(awards, Award::getCounty);
	}

	private <T> Map<T, County> countiesOf(List<T> items, Function<T, BaseEntity> county) {
		return Entities.mapToOne(items, county, this.counties.findAllById(Entities.referencedIds(items, county)));
	}

	@BatchMapping(typeName = "City")
	Map<City, List<County>> counties(List<City> cities) {
		return Entities.groupUnder(cities, this.counties.findByCityIdInOrderByName(Entities.ids(cities)),
				(county) -> Entities.idOf(county.getCity()));
	}

	@SchemaMapping(typeName = "County")
	Coordinates coordinates(County county) {
		if (county.getLatitude() == null || county.getLongitude() == null) {
			return null;
		}
		return new Coordinates(county.getLatitude(), county.getLongitude(), county.getCoordinateSourceTitle(),
				county.getCoordinateSourceUrl());
	}

	private static Sort sort(CountyOrder orderBy) {
		CountyOrder order = (orderBy != null) ? orderBy : new CountyOrder(CountyOrder.Field.NAME, OrderDirection.ASC);
		Sort.Direction direction = order.direction().toSortDirection();
		Sort primary = switch (order.field()) {
			case NAME -> Sort.by(direction, "name");
			case LATITUDE -> Sort.by(new Sort.Order(direction, "latitude").nullsLast());
		};
		return primary.and(Sort.by("id"));
	}

	record CountyFilter(List<String> cities, List<CountyKind> kinds, String nameContains) {
	}

	record CountyOrder(Field field, OrderDirection direction) {

		enum Field {

			NAME, LATITUDE

		}

	}

	record Coordinates(double latitude, double longitude, String sourceTitle, String sourceUrl) {
	}

}
