package org.hebeiatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hebeiatlas.search.SearchResultConnection.Facet;
import org.hebeiatlas.search.SearchResultConnection.FacetValue;
import org.hebeiatlas.search.SearchResultConnection.SearchFacetField;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

import org.springframework.stereotype.Component;

/**
 * Multi-select facets: the counts of each facet's values over all hits, as if that facet had nothing selected, with
 * labels and the selected values marked.
 */
@Component
class SearchFacets {

	private static final int MAX_VALUES = 1000;

	private final EntityManager entityManager;

	SearchFacets(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Keys of the facets that the page query itself can count: those that the filter selects nothing of (the others
	 * need a query without their own selection).
	 */
	static Map<SearchFacetField, AggregationKey<Map<Object, Long>>> countedWithHits(SearchFilter filter) {
		Map<SearchFacetField, AggregationKey<Map<Object, Long>>> keys = new EnumMap<>(SearchFacetField.class);
		for (SearchFacetField field : SearchFacetField.values()) {
			if (!SearchFilters.isSelected(filter, field)) {
				keys.put(field, AggregationKey.of(field.name()));
			}
		}
		return keys;
	}

	static AggregationFinalStep<Map<Object, Long>> aggregation(SearchAggregationFactory f, SearchFacetField field) {
		return f.terms().field(indexField(field), Object.class).maxTermCount(MAX_VALUES);
	}

	static Map<SearchFacetField, Map<?, Long>> counts(SearchResult<?> result,
			Map<SearchFacetField, AggregationKey<Map<Object, Long>>> keys) {
		Map<SearchFacetField, Map<?, Long>> counts = new EnumMap<>(SearchFacetField.class);
		keys.forEach((field, key) -> counts.put(field, result.aggregation(key)));
		return counts;
	}

	/**
	 * All facets of a search.
	 * @param counted the counts of the facets that the page query counted; the others are counted here
	 */
	List<Facet> facets(SearchSession session, SearchQueryBuilder builder, SearchFilter filter,
			Map<SearchFacetField, Map<?, Long>> counted) {
		List<Facet> facets = new ArrayList<>();
		for (SearchFacetField field : SearchFacetField.values()) {
			Map<?, Long> counts = counted.containsKey(field) ? counted.get(field)
					: countIgnoringSelection(session, builder, field);
			facets.add(facet(field, counts, filter));
		}
		return facets;
	}

	/**
	 * Multi-select: a facet's counts ignore that facet's own selection, so that other values stay visible with the
	 * number of hits they would add.
	 */
	private static Map<?, Long> countIgnoringSelection(SearchSession session, SearchQueryBuilder builder,
			SearchFacetField field) {
		AggregationKey<Map<Object, Long>> key = AggregationKey.of(field.name());
		try {
			return session.search(SearchService.RESULT_TYPES)
				.where((f) -> builder.query(f, field))
				.aggregation(key, (f) -> aggregation(f, field))
				.fetch(0)
				.aggregation(key);
		}
		catch (SearchException ex) {
			throw SearchQueryBuilder.tooComplexOr(ex);
		}
	}

	private Facet facet(SearchFacetField field, Map<?, Long> counts, SearchFilter filter) {
		Map<String, Long> byValue = new LinkedHashMap<>();
		counts.forEach((value, count) -> {
			if (count > 0) {
				byValue.put(String.valueOf(value), count);
			}
		});
		Set<String> selected = selectedValues(filter, field, byValue.keySet());
		selected.forEach((value) -> byValue.putIfAbsent(value, 0L));
		Map<String, String> labels = labels(field, byValue.keySet());
		List<FacetValue> values = byValue.entrySet()
			.stream()
			.map((entry) -> new FacetValue(entry.getKey(), labels.getOrDefault(entry.getKey(), entry.getKey()),
					entry.getValue(), selected.contains(entry.getKey())))
			.sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label))
			.toList();
		return new Facet(field, values);
	}

	private static Set<String> selectedValues(SearchFilter filter, SearchFacetField field, Set<String> values) {
		Set<String> selected = new LinkedHashSet<>();
		switch (field) {
			case TYPE -> {
				if (filter.types() != null) {
					filter.types().forEach((type) -> selected.add(type.name()));
				}
			}
			case CITY -> addAll(selected, filter.cities());
			case COUNTY -> addAll(selected, filter.counties());
			case CLUSTER -> addAll(selected, filter.clusters());
			case AWARD_GRANTOR -> addAll(selected, filter.awardGrantors());
			case YEAR -> {
				if (SearchFilters.hasYearRange(filter)) {
					for (String value : values) {
						int year = Integer.parseInt(value);
						if ((filter.yearFrom() == null || year >= filter.yearFrom())
								&& (filter.yearTo() == null || year <= filter.yearTo())) {
							selected.add(value);
						}
					}
				}
			}
		}
		return selected;
	}

	private Map<String, String> labels(SearchFacetField field, Set<String> values) {
		Map<String, String> labels = new HashMap<>();
		if (values.isEmpty()) {
			return labels;
		}
		String entity = switch (field) {
			case CITY -> "City";
			case COUNTY -> "County";
			case CLUSTER -> "Cluster";
			default -> null;
		};
		if (entity == null) {
			if (field == SearchFacetField.TYPE) {
				values.forEach((value) -> labels.put(value,
						value.charAt(0) + value.substring(1).toLowerCase(Locale.ROOT)));
			}
			return labels;
		}
		// The entity name comes from the switch above, never from the client.
		this.entityManager
			.createQuery("select e.slug, e.name from " + entity + " e where e.slug in :slugs", Object[].class)
			.setParameter("slugs", values)
			.getResultList()
			.forEach((row) -> labels.put((String) row[0], (String) row[1]));
		return labels;
	}

	private static String indexField(SearchFacetField field) {
		return switch (field) {
			case TYPE -> SearchFields.TYPE;
			case CITY -> SearchFields.CITY;
			case COUNTY -> SearchFields.COUNTY;
			case CLUSTER -> SearchFields.CLUSTER;
			case AWARD_GRANTOR -> SearchFields.AWARD_GRANTOR;
			case YEAR -> SearchFields.AWARD_YEAR;
		};
	}

	private static void addAll(Set<String> target, List<String> values) {
		if (values != null) {
			target.addAll(values);
		}
	}

}
