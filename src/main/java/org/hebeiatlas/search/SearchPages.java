package org.hebeiatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hebeiatlas.graphql.ConnectionArguments.PageWindow;
import org.hebeiatlas.search.SearchResultConnection.Highlight;
import org.hebeiatlas.search.SearchResultConnection.SearchFacetField;
import org.hibernate.Hibernate;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Fetches one page of hits of a search, with their highlights and the facets that the same query can count: in a
 * sort order that the index applies, or by relevance re-ranked by prominence.
 */
final class SearchPages {

	/**
	 * How many of the best hits by text score are re-ranked by prominence (sources and awards behind a hit,
	 * statements about its cluster or county that name it): all the reachable ones, so that pages agree.
	 */
	private static final int RERANK_WINDOW = SearchService.MAX_REACHABLE_HITS;

	/** Each source or award behind a hit adds this share to its score, up to {@link #MAX_PROMINENCE} of them. */
	private static final double PROMINENCE_WEIGHT = 0.08;

	private static final int MAX_PROMINENCE = 10;

	/**
	 * Each statement about a hit's cluster or county that names the hit (the flagship firms and brands the sources
	 * single out) multiplies its score by one more such share, up to {@link #MAX_MENTIONS} of them.
	 */
	private static final double MENTION_WEIGHT = 0.8;

	private static final int MAX_MENTIONS = 3;

	private final SearchSession session;

	private final SearchQueryBuilder builder;

	private final Map<SearchFacetField, AggregationKey<Map<Object, Long>>> facetKeys;

	private final boolean withHighlights;

	/**
	 * @param facetKeys the facets to count along with the hits
	 */
	SearchPages(SearchSession session, SearchQueryBuilder builder,
			Map<SearchFacetField, AggregationKey<Map<Object, Long>>> facetKeys, boolean withHighlights) {
		this.session = session;
		this.builder = builder;
		this.facetKeys = facetKeys;
		this.withHighlights = withHighlights;
	}

	/**
	 * A page of hits in a sort order that the index applies (name, distance, or text score alone).
	 * @param near where distances are measured from (needed for {@link SearchOrder#DISTANCE})
	 */
	Page sorted(SearchOrder order, SearchFilter.Near near, PageWindow window) {
		var query = this.session.search(SearchService.RESULT_TYPES)
			.select((f) -> f.composite()
				.from(f.entity().toProjection(), f.score().toProjection(),
						SearchHighlights.projection(f, this.withHighlights))
				.asList())
			.where((f) -> this.builder.query(f, null))
			.sort((f) -> switch (order) {
				case RELEVANCE -> f.score().then().field(SearchFields.NAME_SORT);
				case NAME -> f.field(SearchFields.NAME_SORT).then().score();
				case DISTANCE -> f.distance(SearchFields.LOCATION, SearchFilters.point(near))
					.then()
					.field(SearchFields.NAME_SORT);
			});
		if (this.withHighlights) {
			query = query.highlighter(SearchHighlights::highlighter);
		}
		for (var facet : this.facetKeys.entrySet()) {
			query = query.aggregation(facet.getValue(), (f) -> SearchFacets.aggregation(f, facet.getKey()));
		}
		SearchResult<List<?>> result = query.fetch((int) window.offset(), window.limit());
		List<Hit> hits = result.hits()
			.stream()
			.map((projected) -> hit(projected.get(0), ((Number) projected.get(1)).doubleValue(),
					(List<?>) projected.get(2)))
			.toList();
		return new Page(hits, result.total().hitCount(), SearchFacets.counts(result, this.facetKeys));
	}

	/**
	 * A page of hits by relevance: the best {@link #RERANK_WINDOW} hits by text score, re-ranked by prominence
	 * (among hits that match alike, the better-known ones first), then the page's entities and highlights.
	 */
	Page reranked(PageWindow window) {
		var candidates = this.session.search(SearchService.RESULT_TYPES)
			.select((f) -> f.composite()
				.from(f.entityReference(), f.score(), f.field(SearchFields.PROMINENCE, Integer.class),
						f.field(SearchFields.MENTIONS, Integer.class))
				.asList())
			.where((f) -> this.builder.query(f, null))
			.sort((f) -> f.score().then().field(SearchFields.NAME_SORT));
		for (var facet : this.facetKeys.entrySet()) {
			candidates = candidates.aggregation(facet.getValue(), (f) -> SearchFacets.aggregation(f, facet.getKey()));
		}
		SearchResult<List<?>> result = candidates.fetch(RERANK_WINDOW);
		List<Ranked> ranked = new ArrayList<>();
		for (List<?> candidate : result.hits()) {
			double score = boosted(((Number) candidate.get(1)).doubleValue(), (Integer) candidate.get(2),
					(Integer) candidate.get(3));
			ranked.add(new Ranked((EntityReference) candidate.get(0), score));
		}
		ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
		int from = (int) Math.min(window.offset(), ranked.size());
		List<Ranked> page = ranked.subList(from, Math.min(from + window.limit(), ranked.size()));
		return new Page(load(page), result.total().hitCount(), SearchFacets.counts(result, this.facetKeys));
	}

	private static double boosted(double textScore, Integer prominence, Integer mentions) {
		return textScore * (1 + PROMINENCE_WEIGHT * Math.min((prominence != null) ? prominence : 0, MAX_PROMINENCE))
				* (1 + MENTION_WEIGHT * Math.min((mentions != null) ? mentions : 0, MAX_MENTIONS));
	}

	/** The entities and highlights of a page of re-ranked hits, in their order. */
	private List<Hit> load(List<Ranked> page) {
		List<Hit> hits = new ArrayList<>();
		if (page.isEmpty()) {
			return hits;
		}
		var query = this.session.search(SearchService.RESULT_TYPES)
			.select((f) -> f.composite()
				.from(f.entityReference().toProjection(), f.entity().toProjection(),
						SearchHighlights.projection(f, this.withHighlights))
				.asList())
			.where((f) -> f.bool().must(this.builder.query(f, null)).filter(onlyThese(f, page)));
		if (this.withHighlights) {
			query = query.highlighter(SearchHighlights::highlighter);
		}
		Map<String, List<?>> loaded = new HashMap<>();
		query.fetchHits(page.size())
			.forEach((projected) -> loaded.put(key((EntityReference) projected.get(0)), projected));
		for (Ranked entry : page) {
			List<?> projected = loaded.get(key(entry.reference()));
			if (projected != null) {
				hits.add(hit(projected.get(1), entry.score(), (List<?>) projected.get(2)));
			}
		}
		return hits;
	}

	private static PredicateFinalStep onlyThese(SearchPredicateFactory f, List<Ranked> page) {
		Map<String, List<Object>> idsByType = new LinkedHashMap<>();
		page.forEach((entry) -> idsByType.computeIfAbsent(entry.reference().name(), (type) -> new ArrayList<>())
			.add(entry.reference().id()));
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		idsByType.forEach((type, ids) -> any.should(f.bool()
			.filter(f.match().field(SearchFields.TYPE).matching(type.toUpperCase(Locale.ROOT)))
			.filter(f.id().matchingAny(ids))));
		return any;
	}

	private static String key(EntityReference reference) {
		return reference.name() + ":" + reference.id();
	}

	private static Hit hit(Object entity, double score, List<?> fragments) {
		return new Hit(Hibernate.unproxy(entity), score, SearchHighlights.of(fragments));
	}

	/** A hit: the entity, its score, and its highlights. */
	record Hit(Object entity, double score, List<Highlight> highlights) {
	}

	/**
	 * One page of hits.
	 * @param total how many hits the query finds in all
	 * @param facetCounts the counts of the facets that were counted along with the hits
	 */
	record Page(List<Hit> hits, long total, Map<SearchFacetField, Map<?, Long>> facetCounts) {
	}

	private record Ranked(EntityReference reference, double score) {
	}

}
