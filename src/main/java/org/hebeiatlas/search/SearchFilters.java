package org.hebeiatlas.search;

import java.util.Arrays;
import java.util.List;

import org.hebeiatlas.graphql.InvalidArgumentException;
import org.hebeiatlas.search.SearchResultConnection.SearchFacetField;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;

/**
 * Checks a {@link SearchFilter} and turns its criteria into filter clauses, optionally leaving out one facet's
 * criterion.
 */
final class SearchFilters {

	private static final int MAX_VALUES = 100;

	private static final double MAX_RADIUS_KM = 20_000;

	private SearchFilters() {
	}

	static void check(SearchFilter filter) {
		SearchFilter.Near near = filter.near();
		if (near != null && (Math.abs(near.latitude()) > 90 || Math.abs(near.longitude()) > 180
				|| !(near.radiusKm() > 0) || near.radiusKm() > MAX_RADIUS_KM)) {
			throw new InvalidArgumentException("filter",
					"'near' needs a latitude (-90 to 90), a longitude (-180 to 180) and a radius of 0 to 20000 km");
		}
		for (List<?> values : Arrays.asList(filter.types(), filter.cities(), filter.counties(), filter.clusters(),
				filter.industries(), filter.awardGrantors())) {
			if (values != null && values.size() > MAX_VALUES) {
				throw new InvalidArgumentException("filter", "lists at most 100 values per criterion");
			}
		}
	}

	/** Adds the filter's criteria to {@code bool}, except the one of {@code ignoredFacet} (may be null). */
	static void addTo(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, SearchFilter filter,
			SearchFacetField ignoredFacet) {
		List<String> types = (filter.types() != null) ? filter.types().stream().map(Enum::name).toList() : null;
		anyOf(f, bool, ignoredFacet, SearchFacetField.TYPE, SearchFields.TYPE, types);
		anyOf(f, bool, ignoredFacet, SearchFacetField.CITY, SearchFields.CITY, filter.cities());
		anyOf(f, bool, ignoredFacet, SearchFacetField.COUNTY, SearchFields.COUNTY, filter.counties());
		anyOf(f, bool, ignoredFacet, SearchFacetField.CLUSTER, SearchFields.CLUSTER, filter.clusters());
		anyOf(f, bool, ignoredFacet, SearchFacetField.AWARD_GRANTOR, SearchFields.AWARD_GRANTOR,
				filter.awardGrantors());
		if (isUsed(filter.industries())) {
			BooleanPredicateClausesStep<?, ?> any = f.bool();
			filter.industries()
				.forEach((industry) -> any.should(f.match()
					.field(SearchFields.INDUSTRY)
					.matching(industry)
					.minimumShouldMatchPercent(100)));
			bool.filter(any);
		}
		if (ignoredFacet != SearchFacetField.YEAR && hasYearRange(filter)) {
			bool.filter(f.range().field(SearchFields.AWARD_YEAR).between(filter.yearFrom(), filter.yearTo()));
		}
		if (filter.near() != null) {
			bool.filter(f.spatial()
				.within()
				.field(SearchFields.LOCATION)
				.circle(point(filter.near()), filter.near().radiusKm(), DistanceUnit.KILOMETERS));
		}
	}

	private static void anyOf(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool,
			SearchFacetField ignoredFacet, SearchFacetField facet, String field, List<String> values) {
		if (ignoredFacet != facet && isUsed(values)) {
			bool.filter(f.terms().field(field).matchingAny(values));
		}
	}

	/** Whether the filter selects values of this facet. */
	static boolean isSelected(SearchFilter filter, SearchFacetField facet) {
		return switch (facet) {
			case TYPE -> isUsed(filter.types());
			case CITY -> isUsed(filter.cities());
			case COUNTY -> isUsed(filter.counties());
			case CLUSTER -> isUsed(filter.clusters());
			case AWARD_GRANTOR -> isUsed(filter.awardGrantors());
			case YEAR -> hasYearRange(filter);
		};
	}

	static boolean hasYearRange(SearchFilter filter) {
		return filter.yearFrom() != null || filter.yearTo() != null;
	}

	static GeoPoint point(SearchFilter.Near near) {
		return GeoPoint.of(near.latitude(), near.longitude());
	}

	private static boolean isUsed(List<?> values) {
		return values != null && !values.isEmpty();
	}

}
