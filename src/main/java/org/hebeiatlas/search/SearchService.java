package org.hebeiatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.company.Brand;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.City;
import org.hebeiatlas.county.County;
import org.hebeiatlas.graphql.Connection;
import org.hebeiatlas.graphql.ConnectionArguments;
import org.hebeiatlas.graphql.ConnectionArguments.PageWindow;
import org.hebeiatlas.graphql.InvalidArgumentException;
import org.hebeiatlas.model.NamedEntity;
import org.hebeiatlas.product.Product;
import org.hebeiatlas.search.SearchQueryParser.ParsedQuery;
import org.hebeiatlas.search.SearchResultConnection.Facet;
import org.hebeiatlas.search.SearchResultConnection.FacetValue;
import org.hebeiatlas.search.SearchResultConnection.Highlight;
import org.hebeiatlas.search.SearchResultConnection.SearchEdge;
import org.hebeiatlas.search.SearchResultConnection.SearchFacetField;
import org.hibernate.Hibernate;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over companies, products, clusters and counties (relevance, typos, synonyms, the bilingual
 * glossary, filters, multi-select facets, highlights, "did you mean"), and name suggestions as a person types.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	static final List<Class<?>> RESULT_TYPES = List.of(Company.class, Product.class, Cluster.class, County.class);

	static final List<Class<?>> SUGGESTION_TYPES = List.of(Company.class, Brand.class, Product.class, Cluster.class,
			County.class, City.class);

	/** Hits beyond this position cannot be paged to (deep paging costs memory in proportion to the offset). */
	public static final int MAX_REACHABLE_HITS = 10_000;

	public static final int MAX_SUGGESTIONS = 20;

	public static final int MAX_PREFIX_LENGTH = 64;

	/**
	 * The text fields a query searches in each kind of hit, with their weights: the hit's own names first, then what
	 * describes it, then the names of what it is related to. Each field also has a Chinese-word twin
	 * ({@link SearchText#CHINESE_SUFFIX}). A kind's factor scales all its weights: products rank below the companies
	 * and clusters they belong to when both match alike.
	 */
	static final Map<SearchResultType, Map<String, Float>> TEXT_FIELDS = Map.of(
			SearchResultType.COMPANY,
			weights(1f, "name", 5f, "nameZh", 5f, "brands.name", 4f, "brands.nameZh", 4f, "products.name", 3f,
					"products.nameZh", 3f, "description", 2.5f, "awards.name", 2f, "awards.nameZh", 2f,
					"products.description", 1.5f, "clusters.name", 1f, "clusters.nameZh", 1f, "clusters.industry", 1f,
					"county.name", 1f, "county.nameZh", 1f, "county.city.name", 0.6f, "county.city.nameZh", 0.6f),
			SearchResultType.PRODUCT,
			weights(0.6f, "name", 5f, "nameZh", 5f, "brand.name", 3f, "brand.nameZh", 3f, "description", 2f,
					"awards.name", 2f, "awards.nameZh", 2f, "company.name", 1.5f, "company.nameZh", 1.5f,
					"company.county.name", 0.8f, "company.county.nameZh", 0.8f, "company.county.city.name", 0.5f,
					"company.county.city.nameZh", 0.5f),
			SearchResultType.CLUSTER,
			weights(1.2f, "name", 5f, "nameZh", 5f, "titles", 3f, "industry", 3f, "awards.name", 2f,
					"awards.nameZh", 2f, "county.name", 1.5f, "county.nameZh", 1.5f, "county.city.name", 0.8f,
					"county.city.nameZh", 0.8f),
			SearchResultType.COUNTY,
			weights(1f, "name", 5f, "nameZh", 5f, "city.name", 2f, "city.nameZh", 2f, "clusters.name", 1f,
					"clusters.nameZh", 1f, "awards.name", 1f, "awards.nameZh", 1f));

	/** Every searched field, in the order highlights are listed. */
	static final List<String> HIGHLIGHTED_FIELDS = List.of("name", "nameZh", "brands.name", "brands.nameZh",
			"brand.name", "brand.nameZh", "titles", "industry", "description", "products.name", "products.nameZh",
			"products.description", "awards.name", "awards.nameZh", "company.name", "company.nameZh", "clusters.name",
			"clusters.nameZh", "clusters.industry", "county.name", "county.nameZh", "city.name", "city.nameZh",
			"county.city.name", "county.city.nameZh", "company.county.name", "company.county.nameZh",
			"company.county.city.name", "company.county.city.nameZh");

	/**
	 * How many of the best hits by text score are re-ranked by prominence (sources and awards behind a hit,
	 * statements about its cluster or county that name it): all the reachable ones, so that pages agree.
	 */
	static final int RERANK_WINDOW = MAX_REACHABLE_HITS;

	/** Each source or award behind a hit adds this share to its score, up to {@link #MAX_PROMINENCE} of them. */
	private static final double PROMINENCE_WEIGHT = 0.08;

	private static final int MAX_PROMINENCE = 10;

	/**
	 * Each statement about a hit's cluster or county that names the hit (the flagship firms and brands the sources
	 * single out) multiplies its score by one more such share, up to {@link #MAX_MENTIONS} of them.
	 */
	private static final double MENTION_WEIGHT = 0.8;

	private static final int MAX_MENTIONS = 3;

	/** Fields whose words count as "known" for typo tolerance and spelling suggestions. */
	static final List<String> VOCABULARY_FIELDS = List.of("name", "description", "industry", "titles", "brands.name",
			"products.name", "products.description", "clusters.name", "clusters.industry", "awards.name",
			"company.name", "county.name", "city.name");

	/** Weight of a typo-corrected word relative to the word as typed. */
	private static final float CORRECTION_WEIGHT = 0.4f;

	/** Added to the score of a hit whose whole English name is the query ("Qinghe" finds the county first). */
	private static final float EXACT_NAME_BONUS = 30f;

	/** Weight of a glossary translation relative to the term as typed. */
	private static final float TRANSLATION_WEIGHT = 0.8f;

	static {
		// The caps on query length and terms bound a query to a few thousand clauses (29 fields, their Chinese
		// twins, typo corrections and translations per term); Lucene's default of 1024 is for unbounded input.
		IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 8192));
	}

	private final EntityManager entityManager;

	private final SearchQueryParser parser;

	private final Glossary glossary;

	SearchService(EntityManager entityManager, SearchQueryParser parser, Glossary glossary) {
		this.entityManager = entityManager;
		this.parser = parser;
		this.glossary = glossary;
	}

	/**
	 * One page of hits of a query.
	 * @param withFacets whether to count facets (extra queries)
	 * @param withHighlights whether to compute highlights
	 * @param withDidYouMean whether to look for a spelling correction
	 */
	public SearchResultConnection search(String query, SearchFilter filter, SearchOrder order, Integer first,
			String after, boolean withFacets, boolean withHighlights, boolean withDidYouMean) {
		ParsedQuery parsed = this.parser.parse(query);
		SearchFilter criteria = (filter != null) ? filter : SearchFilter.NONE;
		checkFilter(criteria);
		SearchOrder sortOrder = (order != null) ? order : SearchOrder.RELEVANCE;
		if (sortOrder == SearchOrder.DISTANCE && criteria.near() == null) {
			throw new InvalidArgumentException("orderBy", "DISTANCE needs a 'near' filter to measure from");
		}
		PageWindow window = new ConnectionArguments(first, after, null, null).window(() -> 0);
		if (window.offset() + window.limit() > MAX_REACHABLE_HITS) {
			throw new InvalidArgumentException("after", "points beyond the first " + MAX_REACHABLE_HITS + " hits");
		}
		SearchSession session = Search.session(this.entityManager);
		Map<String, List<String>> corrections = corrections(session, parsed);
		QueryBuilder builder = new QueryBuilder(query, parsed, corrections, criteria);
		Map<SearchFacetField, AggregationKey<Map<Object, Long>>> facetKeys = new EnumMap<>(SearchFacetField.class);
		if (withFacets) {
			for (SearchFacetField field : SearchFacetField.values()) {
				if (!isSelected(criteria, field)) {
					facetKeys.put(field, AggregationKey.of(field.name()));
				}
			}
		}
		Page page;
		try {
			page = (sortOrder == SearchOrder.RELEVANCE && !parsed.isEmpty())
					? reranked(session, builder, window, facetKeys, withHighlights)
					: sorted(session, builder, sortOrder, criteria, window, facetKeys, withHighlights);
		}
		catch (SearchException ex) {
			throw tooComplexOr(ex);
		}
		Connection<Hit> connection = Connection.of(page.hits(), window.offset(), page.total());
		List<SearchEdge> edges = connection.edges()
			.stream()
			.map((edge) -> new SearchEdge(edge.cursor(), edge.node().score(), edge.node().entity(),
					edge.node().highlights()))
			.toList();
		List<Facet> facets = withFacets ? facets(session, builder, criteria, page.aggregations(), facetKeys) : null;
		String didYouMean = withDidYouMean
				? didYouMean(session, query, parsed, corrections, criteria, page.total()) : null;
		return new SearchResultConnection(edges, connection.pageInfo(), page.total(), facets, didYouMean);
	}

	/** A page of hits in a sort order that the index applies (name, distance, or text score alone). */
	private Page sorted(SearchSession session, QueryBuilder builder, SearchOrder order, SearchFilter criteria,
			PageWindow window, Map<SearchFacetField, AggregationKey<Map<Object, Long>>> facetKeys,
			boolean withHighlights) {
		var query = session.search(RESULT_TYPES)
			.select((f) -> f.composite()
				.from(f.entity().toProjection(), f.score().toProjection(), highlights(f, withHighlights))
				.asList())
			.where((f) -> builder.query(f, null))
			.sort((f) -> switch (order) {
				case RELEVANCE -> f.score().then().field(SearchFields.NAME_SORT);
				case NAME -> f.field(SearchFields.NAME_SORT).then().score();
				case DISTANCE -> f.distance(SearchFields.LOCATION, point(criteria.near()))
					.then()
					.field(SearchFields.NAME_SORT);
			});
		if (withHighlights) {
			query = query.highlighter((h) -> highlighter(h));
		}
		for (var facet : facetKeys.entrySet()) {
			query = query.aggregation(facet.getValue(), (f) -> facetAggregation(f, facet.getKey()));
		}
		SearchResult<List<?>> result = query.fetch((int) window.offset(), window.limit());
		List<Hit> hits = result.hits()
			.stream()
			.map((projected) -> hit(projected.get(0), ((Number) projected.get(1)).doubleValue(),
					(List<?>) projected.get(2)))
			.toList();
		return new Page(hits, result.total().hitCount(), aggregations(result, facetKeys));
	}

	/**
	 * A page of hits by relevance: the best {@link #RERANK_WINDOW} hits by text score, re-ranked by prominence
	 * (among hits that match alike, the better-known ones first), then the page's entities and highlights.
	 */
	private Page reranked(SearchSession session, QueryBuilder builder, PageWindow window,
			Map<SearchFacetField, AggregationKey<Map<Object, Long>>> facetKeys, boolean withHighlights) {
		var candidates = session.search(RESULT_TYPES)
			.select((f) -> f.composite()
				.from(f.entityReference(), f.score(), f.field(SearchFields.PROMINENCE, Integer.class),
						f.field(SearchFields.MENTIONS, Integer.class))
				.asList())
			.where((f) -> builder.query(f, null))
			.sort((f) -> f.score().then().field(SearchFields.NAME_SORT));
		for (var facet : facetKeys.entrySet()) {
			candidates = candidates.aggregation(facet.getValue(), (f) -> facetAggregation(f, facet.getKey()));
		}
		SearchResult<List<?>> result = candidates.fetch(RERANK_WINDOW);
		List<Ranked> ranked = new ArrayList<>();
		for (List<?> candidate : result.hits()) {
			int prominence = (candidate.get(2) != null) ? (Integer) candidate.get(2) : 0;
			int mentions = (candidate.get(3) != null) ? (Integer) candidate.get(3) : 0;
			double score = ((Number) candidate.get(1)).doubleValue()
					* (1 + PROMINENCE_WEIGHT * Math.min(prominence, MAX_PROMINENCE))
					* (1 + MENTION_WEIGHT * Math.min(mentions, MAX_MENTIONS));
			ranked.add(new Ranked((EntityReference) candidate.get(0), score));
		}
		ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
		int from = (int) Math.min(window.offset(), ranked.size());
		List<Ranked> page = ranked.subList(from, Math.min(from + window.limit(), ranked.size()));
		List<Hit> hits = new ArrayList<>();
		if (!page.isEmpty()) {
			var query = session.search(RESULT_TYPES)
				.select((f) -> f.composite()
					.from(f.entityReference().toProjection(), f.entity().toProjection(), highlights(f, withHighlights))
					.asList())
				.where((f) -> f.bool().must(builder.query(f, null)).filter(onlyThese(f, page)));
			if (withHighlights) {
				query = query.highlighter((h) -> highlighter(h));
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
		}
		return new Page(hits, result.total().hitCount(), aggregations(result, facetKeys));
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

	private static HighlighterFinalStep highlighter(SearchHighlighterFactory h) {
		return h.unified().tag("<em>", "</em>").encoder(HighlighterEncoder.HTML).numberOfFragments(3);
	}

	private static Map<SearchFacetField, Map<?, Long>> aggregations(SearchResult<?> result,
			Map<SearchFacetField, AggregationKey<Map<Object, Long>>> facetKeys) {
		Map<SearchFacetField, Map<?, Long>> aggregations = new EnumMap<>(SearchFacetField.class);
		facetKeys.forEach((field, key) -> aggregations.put(field, result.aggregation(key)));
		return aggregations;
	}

	/** Names that start with the prefix (every word of it), best matches and shortest names first. */
	public List<Suggestion> suggest(String prefix, Integer first) {
		int limit = (first != null) ? first : 10;
		if (limit < 0 || limit > MAX_SUGGESTIONS) {
			throw new InvalidArgumentException("first", "must be between 0 and " + MAX_SUGGESTIONS + ", was " + limit);
		}
		if (prefix.length() > MAX_PREFIX_LENGTH) {
			throw new InvalidArgumentException("prefix", "is longer than " + MAX_PREFIX_LENGTH + " characters");
		}
		String text = prefix.strip();
		if (text.isEmpty() || limit == 0 || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return List.of();
		}
		boolean chinese = text.codePoints().anyMatch(SearchQueryParser::isHan);
		List<?> hits = Search.session(this.entityManager)
			.search(SUGGESTION_TYPES)
			.where((f) -> f.or(
					f.match().field(SearchFields.NAME_PREFIX).matching(text).minimumShouldMatchPercent(100),
					f.match().field(SearchFields.NAME_ZH_PREFIX).matching(text)))
			.sort((f) -> f.score().then().field(SearchFields.NAME_SORT))
			.fetchHits(limit);
		List<Suggestion> suggestions = new ArrayList<>();
		for (Object hit : hits) {
			Object entity = Hibernate.unproxy(hit);
			NamedEntity named = (NamedEntity) entity;
			String label = (chinese && named.getNameZh() != null) ? named.getNameZh() : named.getName();
			suggestions.add(new Suggestion(label, Suggestion.Kind.valueOf(
					entity.getClass().getSimpleName().toUpperCase(Locale.ROOT)), entity));
		}
		return suggestions;
	}

	private Hit hit(Object entity, double score, List<?> fragments) {
		List<Highlight> highlights = new ArrayList<>();
		int i = 0;
		for (String field : HIGHLIGHTED_FIELDS) {
			Set<String> merged = new LinkedHashSet<>();
			if (!fragments.isEmpty()) {
				addFragments(merged, fragments.get(i));
				addFragments(merged, fragments.get(i + 1));
			}
			if (!merged.isEmpty()) {
				highlights.add(new Highlight(field, List.copyOf(merged)));
			}
			i += 2;
		}
		return new Hit(Hibernate.unproxy(entity), score, highlights);
	}

	private static void addFragments(Set<String> merged, Object fragments) {
		for (Object fragment : (List<?>) fragments) {
			// Bigram matches come back as adjacent marks; one mark per run of matched text reads better.
			merged.add(((String) fragment).replace("</em><em>", ""));
		}
	}

	/** One highlight projection per searched field and its Chinese twin, in {@link #HIGHLIGHTED_FIELDS} order. */
	@SuppressWarnings("unchecked")
	private static SearchProjection<List<?>> highlights(
			SearchProjectionFactory<?, ?> f, boolean wanted) {
		if (!wanted) {
			return (SearchProjection<List<?>>) (SearchProjection<?>) f.constant(List.of()).toProjection();
		}
		List<SearchProjection<?>> projections = new ArrayList<>();
		for (String field : HIGHLIGHTED_FIELDS) {
			projections.add(f.highlight(field).toProjection());
			projections.add(f.highlight(field + SearchText.CHINESE_SUFFIX).toProjection());
		}
		return (SearchProjection<List<?>>) (SearchProjection<?>) f.composite()
			.from(projections.toArray(new SearchProjection<?>[0]))
			.asList()
			.toProjection();
	}

	/** Builds the predicates of one search: the text query and the filters, optionally without one facet's filter. */
	private final class QueryBuilder {

		private final String text;

		private final ParsedQuery parsed;

		private final Map<String, List<String>> corrections;

		private final SearchFilter filter;

		QueryBuilder(String text, ParsedQuery parsed, Map<String, List<String>> corrections, SearchFilter filter) {
			this.text = text;
			this.parsed = parsed;
			this.corrections = corrections;
			this.filter = filter;
		}

		PredicateFinalStep query(SearchPredicateFactory f, SearchFacetField ignoredFacet) {
			BooleanPredicateClausesStep<?, ?> bool = f.bool();
			if (this.parsed.isEmpty()) {
				bool.must(f.matchAll());
			}
			else {
				// Each kind of hit is matched on its own fields with its own weights.
				BooleanPredicateClausesStep<?, ?> anyType = f.bool();
				TEXT_FIELDS.forEach((type, fields) -> anyType.should(textOf(f, type, fields)));
				bool.must(anyType);
			}
			for (SearchQueryParser.Term term : this.parsed.excluded()) {
				for (Map<String, Float> fields : TEXT_FIELDS.values()) {
					bool.mustNot(term(f, term, fields));
				}
			}
			filters(f, bool, ignoredFacet);
			return bool;
		}

		private PredicateFinalStep textOf(SearchPredicateFactory f, SearchResultType type, Map<String, Float> fields) {
			BooleanPredicateClausesStep<?, ?> bool = f.bool();
			bool.filter(f.match().field(SearchFields.TYPE).matching(type.name()));
			// Products are named with common words ("Luggage", "Instant noodles"): only proper names get the bonus.
			if (type != SearchResultType.PRODUCT && this.parsed.excluded().isEmpty()) {
				bool.should(f.match()
					.field(SearchFields.NAME_SORT)
					.matching(this.text.strip())
					.constantScore()
					.boost(EXACT_NAME_BONUS));
			}
			for (List<SearchQueryParser.Term> alternatives : this.parsed.required()) {
				if (alternatives.size() == 1) {
					bool.must(term(f, alternatives.get(0), fields));
				}
				else {
					BooleanPredicateClausesStep<?, ?> any = f.bool();
					alternatives.forEach((term) -> any.should(term(f, term, fields)));
					bool.must(any);
				}
			}
			return bool;
		}

		private PredicateFinalStep term(SearchPredicateFactory f, SearchQueryParser.Term term,
				Map<String, Float> fields) {
			BooleanPredicateClausesStep<?, ?> any = f.bool();
			switch (term.kind()) {
				case WORD, EXPRESSION -> {
					any.should(latin(f, fields, term.text(), 1f));
					this.corrections.getOrDefault(term.text().toLowerCase(Locale.ROOT), List.of())
						.forEach((correction) -> any.should(exactTerm(f, fields, correction, CORRECTION_WEIGHT)));
					SearchService.this.glossary.chineseFor(term.text())
						.forEach((chinese) -> any.should(chinese(f, fields, chinese, TRANSLATION_WEIGHT)));
				}
				case CHINESE -> {
					any.should(chinese(f, fields, term.text(), 1f));
					SearchService.this.glossary.englishFor(term.text())
						.forEach((english) -> any.should(latin(f, fields, english, TRANSLATION_WEIGHT)));
				}
				case PHRASE -> {
					any.should(latin(f, fields, term.text(), 1f));
					any.should(eachField(f, fields, true, (field, weight) -> f.phrase()
						.field(field)
						.matching(term.text())
						.boost(weight)));
				}
			}
			return any;
		}

		/** English words (stemmed, with synonyms) next to each other in one field. */
		private PredicateFinalStep latin(SearchPredicateFactory f, Map<String, Float> fields, String text,
				float weight) {
			return eachField(f, fields, false, (field, fieldWeight) -> f.phrase()
				.field(field)
				.matching(text)
				.boost(fieldWeight * weight));
		}

		/** A word as the index holds it (a typo correction), in any field. */
		private PredicateFinalStep exactTerm(SearchPredicateFactory f, Map<String, Float> fields, String indexTerm,
				float weight) {
			return eachField(f, fields, false, (field, fieldWeight) -> f.match()
				.field(field)
				.matching(indexTerm)
				.skipAnalysis()
				.boost(fieldWeight * weight));
		}

		/** Chinese characters as a substring (bigrams in a row), or all their segmented words in one field. */
		private PredicateFinalStep chinese(SearchPredicateFactory f, Map<String, Float> fields, String text,
				float weight) {
			return f.or(
					eachField(f, fields, false, (field, fieldWeight) -> f.phrase()
						.field(field)
						.matching(text)
						.boost(fieldWeight * weight)),
					eachField(f, fields, true, (field, fieldWeight) -> f.match()
						.field(field)
						.matching(text)
						.minimumShouldMatchPercent(100)
						.boost(fieldWeight * weight * 0.8f)));
		}

		private PredicateFinalStep eachField(SearchPredicateFactory f, Map<String, Float> fields, boolean chineseTwin,
				FieldPredicate predicate) {
			BooleanPredicateClausesStep<?, ?> any = f.bool();
			fields.forEach((field, weight) -> any
				.should(predicate.on(chineseTwin ? field + SearchText.CHINESE_SUFFIX : field, weight)));
			return any;
		}

		private void filters(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool,
				SearchFacetField ignoredFacet) {
			SearchFilter criteria = this.filter;
			if (ignoredFacet != SearchFacetField.TYPE && isUsed(criteria.types())) {
				bool.filter(f.terms()
					.field(SearchFields.TYPE)
					.matchingAny(criteria.types().stream().map(Enum::name).toList()));
			}
			anyOf(f, bool, ignoredFacet, SearchFacetField.CITY, SearchFields.CITY, criteria.cities());
			anyOf(f, bool, ignoredFacet, SearchFacetField.COUNTY, SearchFields.COUNTY, criteria.counties());
			anyOf(f, bool, ignoredFacet, SearchFacetField.CLUSTER, SearchFields.CLUSTER, criteria.clusters());
			anyOf(f, bool, ignoredFacet, SearchFacetField.AWARD_GRANTOR, SearchFields.AWARD_GRANTOR,
					criteria.awardGrantors());
			if (isUsed(criteria.industries())) {
				BooleanPredicateClausesStep<?, ?> any = f.bool();
				criteria.industries()
					.forEach((industry) -> any.should(f.match()
						.field(SearchFields.INDUSTRY)
						.matching(industry)
						.minimumShouldMatchPercent(100)));
				bool.filter(any);
			}
			if (ignoredFacet != SearchFacetField.YEAR && (criteria.yearFrom() != null || criteria.yearTo() != null)) {
				bool.filter(f.range()
					.field(SearchFields.AWARD_YEAR)
					.between(criteria.yearFrom(), criteria.yearTo()));
			}
			if (criteria.near() != null) {
				bool.filter(f.spatial()
					.within()
					.field(SearchFields.LOCATION)
					.circle(point(criteria.near()), criteria.near().radiusKm(), DistanceUnit.KILOMETERS));
			}
		}

		private static void anyOf(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool,
				SearchFacetField ignoredFacet, SearchFacetField facet, String field, List<String> values) {
			if (ignoredFacet != facet && isUsed(values)) {
				bool.filter(f.terms().field(field).matchingAny(values));
			}
		}

	}

	@FunctionalInterface
	private interface FieldPredicate {

		PredicateFinalStep on(String field, float weight);

	}

	private static AggregationFinalStep<Map<Object, Long>> facetAggregation(SearchAggregationFactory f,
			SearchFacetField field) {
		var terms = (field == SearchFacetField.YEAR) ? f.terms().field(SearchFields.AWARD_YEAR, Object.class)
				: f.terms().field(facetIndexField(field), Object.class);
		return terms.maxTermCount(1000);
	}

	private List<Facet> facets(SearchSession session, QueryBuilder builder, SearchFilter criteria,
			Map<SearchFacetField, Map<?, Long>> aggregations,
			Map<SearchFacetField, AggregationKey<Map<Object, Long>>> keys) {
		List<Facet> facets = new ArrayList<>();
		for (SearchFacetField field : SearchFacetField.values()) {
			Map<?, Long> counts;
			if (keys.containsKey(field)) {
				counts = aggregations.get(field);
			}
			else {
				// Multi-select: a facet's counts ignore that facet's own selection, so that other values stay
				// visible with the number of hits they would add.
				AggregationKey<Map<Object, Long>> key = AggregationKey.of(field.name());
				try {
					counts = session.search(RESULT_TYPES)
						.where((f) -> builder.query(f, field))
						.aggregation(key, (f) -> facetAggregation(f, field))
						.fetch(0)
						.aggregation(key);
				}
				catch (SearchException ex) {
					throw tooComplexOr(ex);
				}
			}
			facets.add(facet(field, counts, criteria));
		}
		return facets;
	}

	private Facet facet(SearchFacetField field, Map<?, Long> counts, SearchFilter criteria) {
		Map<String, Long> byValue = new LinkedHashMap<>();
		counts.forEach((value, count) -> {
			if (count > 0) {
				byValue.put(String.valueOf(value), count);
			}
		});
		Set<String> selected = selectedValues(criteria, field, byValue.keySet());
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

	private static Set<String> selectedValues(SearchFilter criteria, SearchFacetField field, Set<String> values) {
		Set<String> selected = new LinkedHashSet<>();
		switch (field) {
			case TYPE -> {
				if (criteria.types() != null) {
					criteria.types().forEach((type) -> selected.add(type.name()));
				}
			}
			case CITY -> addAll(selected, criteria.cities());
			case COUNTY -> addAll(selected, criteria.counties());
			case CLUSTER -> addAll(selected, criteria.clusters());
			case AWARD_GRANTOR -> addAll(selected, criteria.awardGrantors());
			case YEAR -> {
				if (criteria.yearFrom() != null || criteria.yearTo() != null) {
					for (String value : values) {
						int year = Integer.parseInt(value);
						if ((criteria.yearFrom() == null || year >= criteria.yearFrom())
								&& (criteria.yearTo() == null || year <= criteria.yearTo())) {
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

	/**
	 * Typo corrections of the query's words that the index does not hold: index words within one edit (words of 4
	 * to 7 letters) or two (8 letters or more), keyed by the word as typed, in lower case.
	 */
	private Map<String, List<String>> corrections(SearchSession session, ParsedQuery parsed) {
		List<String> words = new ArrayList<>();
		parsed.required()
			.forEach((alternatives) -> alternatives.stream()
				.filter((term) -> term.kind() == SearchQueryParser.Term.Kind.WORD && isTypoCandidate(term.text()))
				.forEach((term) -> words.add(term.text())));
		if (words.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> corrections = new HashMap<>();
		SearchScope<?> scope = session.scope(RESULT_TYPES);
		try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
			for (String word : words) {
				String normalized = this.glossary.normalize(word);
				if (normalized.isEmpty() || normalized.indexOf(' ') >= 0 || isKnown(reader, normalized)) {
					continue;
				}
				DirectSpellChecker checker = new DirectSpellChecker();
				checker.setMaxEdits((word.length() >= 8) ? 2 : 1);
				checker.setMinPrefix(0);
				Map<String, Integer> found = new LinkedHashMap<>();
				for (String field : VOCABULARY_FIELDS) {
					for (SuggestWord suggestion : checker.suggestSimilar(new Term(field, normalized), 3, reader,
							SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
						found.merge(suggestion.string, suggestion.freq, Integer::sum);
					}
				}
				List<String> best = found.entrySet()
					.stream()
					.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
					.limit(3)
					.map(Map.Entry::getKey)
					.toList();
				if (!best.isEmpty()) {
					corrections.put(word.toLowerCase(Locale.ROOT), best);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return corrections;
	}

	private static boolean isTypoCandidate(String word) {
		return word.length() >= 4 && word.length() <= 40 && word.codePoints().allMatch(Character::isLetter)
				&& word.codePoints().noneMatch(SearchQueryParser::isHan);
	}

	private static boolean isKnown(IndexReader reader, String normalized) throws IOException {
		for (String field : HIGHLIGHTED_FIELDS) {
			if (reader.docFreq(new Term(field, normalized)) > 0) {
				return true;
			}
		}
		return false;
	}

	/** The query with its unknown words corrected, when that finds at least as many hits (and some). */
	private String didYouMean(SearchSession session, String query, ParsedQuery parsed,
			Map<String, List<String>> corrections, SearchFilter criteria, long total) {
		if (corrections.isEmpty()) {
			return null;
		}
		String corrected = query;
		for (Map.Entry<String, List<String>> correction : corrections.entrySet()) {
			Matcher word = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(correction.getKey())
					+ "(?![\\p{L}\\p{N}])").matcher(corrected);
			corrected = word.replaceAll(Matcher.quoteReplacement(correction.getValue().get(0)));
		}
		if (corrected.equals(query)) {
			return null;
		}
		QueryBuilder builder = new QueryBuilder(corrected, this.parser.parse(corrected), Map.of(), criteria);
		long correctedTotal;
		try {
			correctedTotal = session.search(RESULT_TYPES).where((f) -> builder.query(f, null)).fetchTotalHitCount();
		}
		catch (SearchException ex) {
			return null;
		}
		return (correctedTotal > 0 && correctedTotal >= total) ? corrected : null;
	}

	private static RuntimeException tooComplexOr(SearchException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof IndexSearcher.TooManyClauses) {
				return new InvalidArgumentException("query", "is too complex; use fewer or shorter terms");
			}
		}
		return ex;
	}

	private static void checkFilter(SearchFilter filter) {
		SearchFilter.Near near = filter.near();
		if (near != null && (Math.abs(near.latitude()) > 90 || Math.abs(near.longitude()) > 180
				|| !(near.radiusKm() > 0) || near.radiusKm() > 20_000)) {
			throw new InvalidArgumentException("filter",
					"'near' needs a latitude (-90 to 90), a longitude (-180 to 180) and a radius of 0 to 20000 km");
		}
		for (List<?> values : Arrays.asList(filter.types(), filter.cities(), filter.counties(),
				filter.clusters(), filter.industries(), filter.awardGrantors())) {
			if (values != null && values.size() > 100) {
				throw new InvalidArgumentException("filter", "lists at most 100 values per criterion");
			}
		}
	}

	private static boolean isSelected(SearchFilter criteria, SearchFacetField field) {
		return switch (field) {
			case TYPE -> isUsed(criteria.types());
			case CITY -> isUsed(criteria.cities());
			case COUNTY -> isUsed(criteria.counties());
			case CLUSTER -> isUsed(criteria.clusters());
			case AWARD_GRANTOR -> isUsed(criteria.awardGrantors());
			case YEAR -> criteria.yearFrom() != null || criteria.yearTo() != null;
		};
	}

	private static String facetIndexField(SearchFacetField field) {
		return switch (field) {
			case TYPE -> SearchFields.TYPE;
			case CITY -> SearchFields.CITY;
			case COUNTY -> SearchFields.COUNTY;
			case CLUSTER -> SearchFields.CLUSTER;
			case AWARD_GRANTOR -> SearchFields.AWARD_GRANTOR;
			case YEAR -> SearchFields.AWARD_YEAR;
		};
	}

	private static GeoPoint point(SearchFilter.Near near) {
		return GeoPoint.of(near.latitude(), near.longitude());
	}

	private static boolean isUsed(List<?> values) {
		return values != null && !values.isEmpty();
	}

	private static void addAll(Set<String> target, List<String> values) {
		if (values != null) {
			target.addAll(values);
		}
	}

	private static Map<String, Float> weights(float factor, Object... fieldsAndWeights) {
		Map<String, Float> weights = new LinkedHashMap<>();
		for (int i = 0; i < fieldsAndWeights.length; i += 2) {
			weights.put((String) fieldsAndWeights[i], factor * (Float) fieldsAndWeights[i + 1]);
		}
		return weights;
	}

	private record Hit(Object entity, double score, List<Highlight> highlights) {
	}

	private record Ranked(EntityReference reference, double score) {
	}

	private record Page(List<Hit> hits, long total, Map<SearchFacetField, Map<?, Long>> aggregations) {
	}

}
